using System.Globalization;
using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Bids;
using TenderHall.Crypto;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.BidderTool.Receipts;

/// <summary>
/// Checks a bid receipt offline against the envelope file and the log's key: the signed receipt note names this envelope
/// and a leaf; the leaf data hashes to that leaf and records this envelope; the leaf is in the signed checkpoint.
/// </summary>
public static class ReceiptCheck
{
    /// <summary>Runs every check in order and stops at the first failure.</summary>
    public static async Task<ReceiptVerification> VerifyAsync(JsonElement receipt, string envelopePath, NoteVerifier logKey, CancellationToken cancellationToken = default)
    {
        var passed = new List<string>();
        ReceiptVerification Fail(string why) => new(passed, $"NOT VERIFIED: {why}", null, 0);

        // 1. The receipt note is the log's own signature over the bid's facts.
        SignedNote note;
        try
        {
            note = SignedNote.Parse(String(receipt, "receipt"));
        }
        catch (CryptographicFormatException e)
        {
            return Fail($"the receipt is not a signed note ({e.Message}).");
        }

        if (!note.IsSignedBy(logKey)) return Fail($"the receipt is NOT signed by the key of log '{logKey.Name}'.");
        var lines = note.Text[..^1].Split('\n');
        if (lines[0] != $"{logKey.Name} bid receipt") return Fail($"the receipt's first line is '{lines[0]}', not '{logKey.Name} bid receipt'.");
        var fields = lines.Skip(1).Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        string Field(string name) => fields.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"the receipt note has no '{name}' line");
        passed.Add($"the receipt is signed by log '{logKey.Name}'");

        // 2. It names this very envelope: the bytes on disk hash to the receipt's envelope hash and have its size.
        var envelopeHex = Convert.ToHexStringLower(await EnvelopeFile.HashAsync(envelopePath, cancellationToken));
        if (!string.Equals(Field("envelope"), envelopeHex, StringComparison.OrdinalIgnoreCase))
            return Fail($"the receipt is for envelope {Field("envelope")}, but {envelopePath} has SHA-256 {envelopeHex}.");
        var size = new FileInfo(envelopePath).Length;
        if (Field("size") != size.ToString(CultureInfo.InvariantCulture))
            return Fail($"the receipt records {Field("size")} bytes but the envelope has {size}.");
        passed.Add($"it names this envelope (SHA-256 {envelopeHex}, {size} bytes), tender {Field("tender")}, bidder {Field("bidder")}, received {Field("received")}");

        // 3. The unsigned JSON fields repeat the signed note; a difference means the file was edited.
        var index = long.Parse(Field("log-index"), NumberStyles.None, CultureInfo.InvariantCulture);
        if (String(receipt, "tenderId") != Field("tender") || String(receipt, "bidderId") != Field("bidder") || String(receipt, "leafHash") != Field("leaf")
            || !string.Equals(String(receipt, "envelopeSha256"), Field("envelope"), StringComparison.OrdinalIgnoreCase) || receipt.GetProperty("index").GetInt64() != index || receipt.GetProperty("size").GetInt64() != size)
            return Fail("the receipt file's fields differ from its signed note: the file was edited.");

        // 4. The leaf data is the log entry the note names, and that entry records this envelope.
        var leafData = receipt.GetProperty("leafData").GetBytesFromBase64();
        var leafHash = MerkleHash.Leaf(leafData);
        if (Convert.ToBase64String(leafHash) != Field("leaf")) return Fail("the receipt's leaf data does not hash to the leaf the receipt names.");
        // BL 22: the public leaf of a bid is a commitment to the event; the receipt's salt opens it (older receipts hold the event itself).
        if (String(receipt, "salt") is { Length: > 0 } salt)
        {
            var eventData = receipt.GetProperty("eventData").GetBytesFromBase64();
            if (CommitmentProblem(leafData, Convert.FromBase64String(salt), eventData) is { } wrong) return Fail(wrong);
            leafData = eventData;
        }

        if (LeafProblem(leafData, envelopeHex, size, Field("tender"), Field("received")) is { } problem) return Fail(problem);
        passed.Add($"log entry {index} is the bid.received event of this envelope");

        // 5. The entry is in the log the checkpoint (signed by the same key) commits to.
        Checkpoint checkpoint;
        try
        {
            var signed = SignedNote.Parse(String(receipt, "checkpoint"));
            if (!signed.IsSignedBy(logKey)) return Fail($"the receipt's checkpoint is NOT signed by the key of log '{logKey.Name}'.");
            checkpoint = Checkpoint.Parse(signed.Text);
        }
        catch (CryptographicFormatException e)
        {
            return Fail($"the receipt's checkpoint is not a signed checkpoint ({e.Message}).");
        }

        if (checkpoint.Origin != logKey.Name) return Fail($"the checkpoint is for log '{checkpoint.Origin}', not '{logKey.Name}'.");
        List<byte[]> proof = [.. receipt.GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64())];
        if (!MerkleVerifier.VerifyInclusion(leafHash, index, checkpoint.Size, proof, checkpoint.RootHash))
            return Fail($"the inclusion proof does NOT place entry {index} in the signed log of {checkpoint.Size} entries.");
        passed.Add($"entry {index} is in the signed log of {checkpoint.Size} entries");
        return new ReceiptVerification(passed, null, checkpoint, index);
    }

    // The leaf is the canonical JSON of the bid.received event: {"actor","at","data":{"envelopeSha256","size"},"subject","type"}.
    private static string? LeafProblem(byte[] leafData, string envelopeHex, long size, string tender, string received)
    {
        if (Json(leafData) is not { } leaf) return "the log entry is not JSON.";
        if (String(leaf, "type") != "bid.received") return $"the log entry is a '{String(leaf, "type")}' event, not bid.received.";
        if (String(leaf, "subject") != "tender/" + tender) return $"the log entry is about '{String(leaf, "subject")}', not tender/{tender}.";
        if (String(leaf, "at") != received) return $"the log entry was recorded at {String(leaf, "at")}, not at the receipt's time {received}.";
        var data = leaf.GetProperty("data");
        if (!string.Equals(String(data, "envelopeSha256"), envelopeHex, StringComparison.OrdinalIgnoreCase))
            return $"the log entry records envelope {String(data, "envelopeSha256")}, not this one ({envelopeHex}).";
        if (String(data, "size") != size.ToString(CultureInfo.InvariantCulture)) return $"the log entry records {String(data, "size")} bytes, not {size}.";
        return null;
    }

    private static string? CommitmentProblem(byte[] leafData, byte[] salt, byte[] eventData)
    {
        if (Json(leafData) is not { } leaf) return "the log entry is not JSON.";
        if (String(leaf, "type") != "commitment") return $"the log entry is a '{String(leaf, "type")}' event, not the commitment the receipt's salt opens.";
        return LeafCommitment.Opens(String(leaf.GetProperty("data"), "commitment"), salt, eventData)
            ? null
            : "the receipt's salt and event do NOT open the commitment in the log entry.";
    }

    private static JsonElement? Json(byte[] data)
    {
        try
        {
            return JsonDocument.Parse(data).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
