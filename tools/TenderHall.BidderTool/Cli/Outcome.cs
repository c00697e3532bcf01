namespace TenderHall.BidderTool.Cli;

/// <summary>How a command ended: done or not, with the sentence printed last.</summary>
public sealed record Outcome(bool Succeeded, string Message)
{
    /// <summary>The command did what was asked.</summary>
    public static Outcome Done(string message) => new(true, message);

    /// <summary>The command was refused or a check failed.</summary>
    public static Outcome Failed(string message) => new(false, message);
}
