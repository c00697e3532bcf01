namespace TenderHall.Verifier;

/// <summary>The command line is wrong (exit code 2), as opposed to data that does not verify (exit code 1).</summary>
public sealed class UsageException(string message) : Exception(message);
