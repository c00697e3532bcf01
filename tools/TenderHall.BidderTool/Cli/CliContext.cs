namespace TenderHall.BidderTool.Cli;

/// <summary>What a command may touch besides its arguments: the console, the network and the environment.</summary>
/// <param name="Output">Results (a signature, a token, a verdict), so they can be piped.</param>
/// <param name="Error">Progress and notes.</param>
/// <param name="Input">Where a password is read from when not given otherwise.</param>
/// <param name="Http">The client for the platform's API.</param>
/// <param name="Environment">Reads an environment variable (TENDERHALL_TOKEN, TENDERHALL_PASSWORD).</param>
public sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input, HttpClient Http, Func<string, string?> Environment)
{
    /// <summary>The clock retries are judged by against the bid deadline; tests use a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Waits before a retry; tests record the wait and move their fake clock instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Sleep { get; init; } = (wait, cancellationToken) => Task.Delay(wait, cancellationToken);
}
