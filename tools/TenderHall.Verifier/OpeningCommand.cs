using System.Text.Json;
using TenderHall.Crypto.Merkle;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-opening</c>: from public data alone, the bids an opening opened are exactly the bids committed in the log
/// before it began. Each disclosed entry (index, salt, event) must open the commitment leaf at its index; its event must
/// be about this tender and precede the <c>opening.started</c> leaf; and the envelopes received and not withdrawn must be
/// the envelopes of the opening's rows. Whether the entries file is the signed log is <c>verify-consistency</c>'s check.
/// </summary>
public static class OpeningCommand
{
    /// <summary>Runs the check over the opening view (GET /opening) and the log entries (GET /transparency/entries).</summary>
    public static Verdict Run(Arguments args)
    {
        var opening = JsonDocument.Parse(File.ReadAllText(args.Positional(0, "the opening file"))).RootElement;
        var leaves = JsonDocument.Parse(File.ReadAllText(args.Positional(1, "the log entries file"))).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("index").GetInt64(), e => e.GetProperty("data").GetBytesFromBase64());
        var subject = "tender/" + opening.GetProperty("tenderId").GetString();
        var started = leaves.Where(l => Leaf(l.Value) is var leaf && Text(leaf, "type") == "opening.started" && Text(leaf, "subject") == subject)
            .Select(l => (long?)l.Key).Min() ?? throw new KeyNotFoundException($"the entries hold no opening.started leaf of {subject}");

        var received = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var revealed in opening.GetProperty("commitments").EnumerateArray())
        {
            var index = revealed.GetProperty("index").GetInt64();
            var eventData = revealed.GetProperty("eventData").GetBytesFromBase64();
            if (!leaves.TryGetValue(index, out var leafData)) return Verdict.Fail($"NOT VERIFIED: entry {index} is not in the entries file.");
            var leaf = Leaf(leafData);
            if (Text(leaf, "type") != "commitment" || !LeafCommitment.Opens(Text(leaf.GetProperty("data"), "commitment"), revealed.GetProperty("salt").GetBytesFromBase64(), eventData))
                return Verdict.Fail($"NOT VERIFIED: the disclosed salt and event do NOT open the commitment at entry {index}.");
            var committed = Leaf(eventData);
            if (Text(committed, "subject") != subject) return Verdict.Fail($"NOT VERIFIED: entry {index} is about {Text(committed, "subject")}, not {subject}.");
            if (index > started) return Verdict.Fail($"NOT VERIFIED: entry {index} was committed after the opening began (entry {started}).");
            var envelope = Text(committed.GetProperty("data"), "envelopeSha256");
            if (Text(committed, "type") == "bid.received") received.Add(envelope);
            if (Text(committed, "type") == "bid.withdrawn") received.Remove(envelope);
        }

        var opened = opening.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("envelopeSha256").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!opened.SetEquals(received))
            return Verdict.Fail($"NOT VERIFIED: the opening opened {opened.Count} envelopes but {received.Count} were committed before it, and they differ: "
                                + string.Join(", ", opened.Except(received).Concat(received.Except(opened))));
        return Verdict.Pass($"VERIFIED: the {opened.Count} bids opened for {subject} are exactly the bids committed in the log before entry {started} (opening.started).");
    }

    private static JsonElement Leaf(byte[] data) => JsonDocument.Parse(data).RootElement;

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
