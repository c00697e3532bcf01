namespace TenderHall.BidderTool.Cli;

/// <summary>The command line is wrong (exit code 2), as opposed to a refusal or failure (exit code 1).</summary>
public sealed class UsageException(string message) : Exception(message);
