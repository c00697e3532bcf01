using System.Globalization;
using System.Text.Json;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// A bid receipt kept in a tender's archive (docs/archive.md): its note is signed by the log's key and names the tender, the
/// envelope and the leaf; the leaf is the one the archive proves at the receipt's index; the receipt's salt and event open
/// the commitment in that leaf (BL 22: bids were logged as commitments until the opening), and the event records the
/// receipt's envelope as received for the tender. Checked offline.
/// </summary>
public static class ArchivedReceipt
{
    /// <summary>The manifest category of a bid receipt.</summary>
    public const string Category = "bid-receipt";

    /// <summary>Why the receipt <paramref name="data"/> at <paramref name="path"/> does not check out, or null when it does.</summary>
    public static string? Problem(string path, byte[] data, IReadOnlyDictionary<long, LogAnchor> anchors, NoteVerifier logKey, string? tenderId)
    {
        var receipt = JsonDocument.Parse(data).RootElement;
        var index = receipt.GetProperty("index").GetInt64();
        if (!anchors.TryGetValue(index, out var anchor)) return $"receipt '{path}' names log entry {index}, which the archive does not prove.";
        if (!receipt.GetProperty("leafData").GetBytesFromBase64().AsSpan().SequenceEqual(anchor.LeafData))
            return $"receipt '{path}' is for another leaf than log entry {index}.";
        SignedNote note;
        try
        {
            note = SignedNote.Parse(receipt.GetProperty("receipt").GetString() ?? "");
        }
        catch (CryptographicFormatException e)
        {
            return $"the note of receipt '{path}' cannot be read ({e.Message}).";
        }

        if (!note.IsSignedBy(logKey)) return $"the note of receipt '{path}' is not signed by the key of log '{logKey.Name}'.";
        var fields = note.Text.Split('\n').Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1]);
        var envelope = receipt.GetProperty("envelopeSha256").GetString();
        if (fields.GetValueOrDefault("tender") != tenderId || fields.GetValueOrDefault("envelope") != envelope
            || fields.GetValueOrDefault("log-index") != index.ToString(CultureInfo.InvariantCulture)
            || fields.GetValueOrDefault("leaf") != Convert.ToBase64String(MerkleHash.Leaf(anchor.LeafData)))
            return $"the signed note of receipt '{path}' does not name tender {tenderId}, its envelope and log entry {index}.";

        var recorded = anchor.LeafData;
        if (receipt.TryGetProperty("salt", out var salt) && salt.ValueKind == JsonValueKind.String)
        {
            recorded = receipt.GetProperty("eventData").GetBytesFromBase64();
            if (!LeafCommitment.Opens(anchor.Field("commitment") ?? "", Convert.FromBase64String(salt.GetString()!), recorded))
                return $"the salt and event of receipt '{path}' do not open the commitment in log entry {index}.";
        }

        var logged = JsonDocument.Parse(recorded).RootElement;
        return Text(logged, "type") == "bid.received" && Text(logged, "subject") == "tender/" + tenderId
               && logged.TryGetProperty("data", out var loggedData) && Text(loggedData, "envelopeSha256") == envelope
            ? null
            : $"log entry {index} does not record envelope {envelope} as received for tender {tenderId}.";
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
