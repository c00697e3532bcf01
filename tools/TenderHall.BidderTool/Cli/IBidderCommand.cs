namespace TenderHall.BidderTool.Cli;

/// <summary>One verb of the tool: its name, one-line synopsis, accepted options and what it does.</summary>
public interface IBidderCommand
{
    /// <summary>The verb typed after the program name.</summary>
    string Name { get; }

    /// <summary>Usage line shown in help, without the program name.</summary>
    string Synopsis { get; }

    /// <summary>Options that take a value, without the leading dashes.</summary>
    IReadOnlyList<string> Options { get; }

    /// <summary>Options that take no value.</summary>
    IReadOnlyList<string> Flags => [];

    /// <summary>Runs the command.</summary>
    Task<Outcome> RunAsync(Arguments args, CliContext context);
}
