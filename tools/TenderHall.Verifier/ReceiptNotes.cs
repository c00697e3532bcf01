using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.Verifier;

/// <summary>
/// A bid receipt's signed note: signed by the log's key, and naming the same leaf as the log entry it claims, whose
/// leaf data must name the same envelope. Receipts without a note (plain inclusion receipts) pass unchanged.
/// </summary>
public static class ReceiptNotes
{
    /// <summary>A failure verdict, or null when the note is absent or checks out.</summary>
    public static Verdict? Check(JsonElement receipt, NoteVerifier key, byte[] leafHash)
    {
        if (!receipt.TryGetProperty("receipt", out var text) || text.GetString() is not { Length: > 0 } noteText) return null;
        SignedNote note;
        try { note = SignedNote.Parse(noteText); }
        catch (FormatException e) { return Verdict.Fail("NOT VERIFIED: the receipt note cannot be read: " + e.Message); }
        if (!note.IsSignedBy(key)) return Verdict.Fail("NOT VERIFIED: the receipt note is NOT signed by the log's key.");
        var fields = note.Text.Split('\n').Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1]);
        if (!fields.TryGetValue("leaf", out var leaf) || leaf != Convert.ToBase64String(leafHash))
            return Verdict.Fail("NOT VERIFIED: the signed receipt names a different log entry than the proof.");
        if (!fields.TryGetValue("envelope", out var envelope) || !receipt.TryGetProperty("leafData", out var data)) return null;
        var recorded = data.GetBytesFromBase64();
        // BL 22: a bid's leaf is a commitment; the receipt's salt and event open it, and the event names the envelope.
        if (receipt.TryGetProperty("salt", out var salt) && salt.GetString() is { Length: > 0 } saltText)
        {
            var eventData = receipt.GetProperty("eventData").GetBytesFromBase64();
            var commitment = JsonDocument.Parse(recorded).RootElement.GetProperty("data").GetProperty("commitment").GetString() ?? "";
            if (!LeafCommitment.Opens(commitment, Convert.FromBase64String(saltText), eventData))
                return Verdict.Fail("NOT VERIFIED: the receipt's salt and event do not open the commitment in the log entry.");
            recorded = eventData;
        }

        return Encoding.UTF8.GetString(recorded).Contains($"\"envelopeSha256\":\"{envelope}\"", StringComparison.Ordinal)
            ? null
            : Verdict.Fail("NOT VERIFIED: the log entry does not record the envelope the receipt names.");
    }
}
