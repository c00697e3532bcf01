using System.Diagnostics;

namespace TenderHall.Benchmarks.Faults;

/// <summary>Runs a command of the drill script (inject a fault, recover) through <c>bash -c</c>.</summary>
public static class Shell
{
    /// <summary>Runs <paramref name="command"/> to its end; throws when it fails.</summary>
    public static async Task RunAsync(string command, TextWriter log)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { UseShellExecute = false })
                            ?? throw new InvalidOperationException($"Could not start: {command}");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{command}' failed with exit code {process.ExitCode}.");
        await log.WriteLineAsync($"// done: {command}");
    }
}
