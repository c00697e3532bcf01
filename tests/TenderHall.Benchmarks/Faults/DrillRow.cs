using System.Globalization;

namespace TenderHall.Benchmarks.Faults;

/// <summary>One drill's line of the fault table in docs/reliability.md.</summary>
public sealed record DrillRow(string Markdown, bool Passed)
{
    /// <summary>Header of the table the rows belong to.</summary>
    public const string Header = """
        | Drill | Bids | First answers | Refusals on all attempts | 503 without Retry-After | Receipted | Receipted but not in the box | Commitments logged | Slowest receipt |
        |---|---:|---|---|---:|---:|---:|---:|---:|
        """;

    /// <summary>The row of drill <paramref name="name"/>; it passes when every bidder holds a receipt, none was lost or logged twice, no answer was a 500 and every 503 said when to retry.</summary>
    public static DrillRow Of(string name, IReadOnlyList<BidderRun> runs, int lost, int commitments)
    {
        var receipted = runs.Count(r => r.Receipt is not null);
        var without = runs.Sum(r => r.WithoutRetryAfter);
        var refusals = runs.SelectMany(r => r.Answers).Where(a => a != "201").ToList();
        var slowest = runs.Max(r => r.ReceiptedAfter) is { } s ? s.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "—";
        var passed = receipted == runs.Count && lost == 0 && commitments == receipted && without == 0 && !refusals.Any(a => a.StartsWith("500", StringComparison.Ordinal));
        var markdown = $"| {name} | {runs.Count} | {Counts(runs.Select(r => r.Answers[0]))} | {Counts(refusals)} | {without} | {receipted} | **{lost}** | {commitments} | {slowest} |";
        return new DrillRow(markdown, passed);
    }

    private static string Counts(IEnumerable<string> answers)
    {
        var counts = answers.GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} × {g.Key}").ToList();
        return counts.Count == 0 ? "none" : string.Join(", ", counts);
    }
}
