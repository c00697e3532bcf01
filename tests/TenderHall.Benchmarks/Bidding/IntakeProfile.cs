namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// One intake surge to be traced from outside (eng/profile-intake.sh attaches dotnet-trace): the platform starts, one
/// surge warms it up (JIT, pools, caches), a second tender is prepared, and the traced surge starts when a line arrives
/// on standard input, so the trace holds the surge and nothing of the setup.
/// </summary>
public static class IntakeProfile
{
    /// <summary>Runs the surge of <c>[bidders] [attachment KiB]</c> (500 × 64 KiB by default).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var bidders = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
        var kib = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64;
        var run = new IntakeRun(bidders, kib * 1024);
        await run.StartAsync();
        try
        {
            await run.PrepareAsync();
            await run.HttpIntakeAsync();
            run.Finish();
            await run.PrepareAsync();
            Console.WriteLine($"READY {Environment.ProcessId}");
            Console.ReadLine();
            await run.HttpIntakeAsync();
            run.Finish();
            Console.WriteLine("DONE");
            return 0;
        }
        finally
        {
            await run.StopAsync();
        }
    }
}
