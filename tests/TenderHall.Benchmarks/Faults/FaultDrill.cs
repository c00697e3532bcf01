using System.Globalization;
using TenderHall.Benchmarks.Bidding;

namespace TenderHall.Benchmarks.Faults;

/// <summary>
/// The fault drills of <c>eng/faults.sh</c> (docs/reliability.md): <c>faults env --data DIR</c> writes the silos' shared
/// settings; <c>faults run</c> publishes a tender on running silos, seals a bid per bidder, drives the surge with one fault,
/// runs the recovery command, then checks every receipted bid is in the box and no bid was logged twice. Exit code 0 only
/// when every bidder is receipted, none of them lost, no answer was a 500 and every 503 carried <c>Retry-After</c>.
/// </summary>
public static class FaultDrill
{
    /// <summary>Runs <c>faults env|run ...</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args.Skip(1));
        var data = Required(options, "data");
        if (args is ["env", ..])
        {
            await DrillKeys.WriteEnvironmentAsync(data, Console.Out);
            return 0;
        }

        if (args is not ["run", ..]) throw new ArgumentException("usage: faults env --data DIR | faults run --name N --data DIR --url U [--url U] [options]");
        using var platform = new RemotePlatform([.. options["url"].Select(u => new Uri(u))], data);
        var name = Required(options, "name");
        var bidders = Number(options, "bidders", 200);
        var log = Console.Out;

        var tender = await BidTender.PublishAsync(platform);
        var bids = await BidFleet.SealAsync(tender, bidders, Number(options, "size", 64 * 1024), Path.Combine(data, "envelopes-" + name));
        var check = new DrillCheck(platform, tender.TenderId);
        var before = await check.TreeSizeAsync();
        await log.WriteLineAsync($"// {name}: tender {tender.TenderId}, {bidders} bidders sealed; surge starts");

        var fault = options.GetValueOrDefault("fault")?[0];
        var surge = new Surge(platform, tender.TenderId, TimeSpan.FromSeconds(Number(options, "patience", 300)), Number(options, "fault-after", bidders / 3), fault, log);
        var runs = await surge.RunAsync(bids);
        if (options.GetValueOrDefault("recover")?[0] is { } recover) await Shell.RunAsync(recover, log);

        var lost = await check.LostAsync(runs, bids);
        var commitments = await check.CommitmentsAsync(before, await check.TreeSizeAsync());
        var row = DrillRow.Of(name, runs, lost.Count, commitments);
        await log.WriteLineAsync(row.Markdown);
        if (lost.Count > 0) await log.WriteLineAsync($"// receipted but not in the box: {string.Join(", ", lost)}");
        if (options.GetValueOrDefault("report")?[0] is { } report)
            await File.AppendAllTextAsync(report, (File.Exists(report) ? "" : DrillRow.Header + "\n") + row.Markdown + "\n");
        return row.Passed ? 0 : 1;
    }

    private static Dictionary<string, List<string>> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var next = args.GetEnumerator();
        while (next.MoveNext())
        {
            var name = next.Current.StartsWith("--", StringComparison.Ordinal) ? next.Current[2..] : throw new ArgumentException($"unexpected '{next.Current}'");
            if (!next.MoveNext()) throw new ArgumentException($"--{name} needs a value");
            (options.TryGetValue(name, out var values) ? values : options[name] = []).Add(next.Current);
        }

        return options;
    }

    private static string Required(Dictionary<string, List<string>> options, string name) =>
        options.TryGetValue(name, out var values) ? values[0] : throw new ArgumentException($"--{name} is required");

    private static int Number(Dictionary<string, List<string>> options, string name, int fallback) =>
        options.TryGetValue(name, out var values) ? int.Parse(values[0], CultureInfo.InvariantCulture) : fallback;
}
