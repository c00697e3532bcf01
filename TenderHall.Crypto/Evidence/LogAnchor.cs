using System.Text.Json;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// A transparency-log entry with its inclusion proof up to a signed checkpoint: anyone holding the log's verifier key
/// checks it offline (RFC 9162 §2.1.3, C2SP tlog-checkpoint).
/// </summary>
/// <param name="Index">Leaf index.</param>
/// <param name="LeafData">The exact leaf bytes (the event's canonical JSON).</param>
/// <param name="Hashes">Inclusion proof, leaf end first.</param>
/// <param name="Checkpoint">The signed checkpoint note the proof leads to.</param>
public sealed record LogAnchor(long Index, byte[] LeafData, IReadOnlyList<byte[]> Hashes, string Checkpoint)
{
    /// <summary>Why the anchor does not verify under <paramref name="logKey"/>, or null when it does.</summary>
    public string? Problem(NoteVerifier logKey)
    {
        Checkpoint checkpoint;
        try
        {
            var note = SignedNote.Parse(Checkpoint);
            if (!note.IsSignedBy(logKey)) return $"the checkpoint of entry {Index} is not signed by the key of log '{logKey.Name}'";
            checkpoint = Notes.Checkpoint.Parse(note.Text);
        }
        catch (CryptographicFormatException e)
        {
            return $"the checkpoint of entry {Index} cannot be read ({e.Message})";
        }

        if (checkpoint.Origin != logKey.Name) return $"the checkpoint of entry {Index} is for log '{checkpoint.Origin}', not '{logKey.Name}'";
        return MerkleVerifier.VerifyInclusion(MerkleHash.Leaf(LeafData), Index, checkpoint.Size, Hashes, checkpoint.RootHash)
            ? null
            : $"entry {Index} is not in the signed log of {checkpoint.Size} entries";
    }

    /// <summary>The leaf's event: <c>type</c>, <c>subject</c>, <c>data</c>.</summary>
    public JsonElement Event() => JsonDocument.Parse(LeafData).RootElement;

    /// <summary>The event's <c>data</c> field <paramref name="name"/>, or null.</summary>
    public string? Field(string name) =>
        Event().TryGetProperty("data", out var data) && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The event's top-level text field <paramref name="name"/> (type, subject), or null.</summary>
    public string? Text(string name) =>
        Event().TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Writes the anchor as JSON: <c>{"index", "leafData", "hashes", "checkpoint"}</c>, bytes in base64.</summary>
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("index", Index);
        json.WriteBase64String("leafData", LeafData);
        json.WriteStartArray("hashes");
        foreach (var hash in Hashes) json.WriteBase64StringValue(hash);
        json.WriteEndArray();
        json.WriteString("checkpoint", Checkpoint);
        json.WriteEndObject();
    }

    /// <summary>Reads an anchor written by <see cref="Write"/>.</summary>
    public static LogAnchor Read(JsonElement json) => new(
        json.GetProperty("index").GetInt64(), json.GetProperty("leafData").GetBytesFromBase64(),
        [.. json.GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64())], json.GetProperty("checkpoint").GetString() ?? "");
}
