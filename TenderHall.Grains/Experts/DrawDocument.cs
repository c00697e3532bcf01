using System.Text.Json;
using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The public draw document (docs/experts.md, "The draw document"): everything <c>tenderhall-verify verify-draw</c> needs
/// to re-run the draw. The pool is pseudonymous; only drawn experts are named, each with the salt that opens their pseudonym.
/// </summary>
public static class DrawDocument
{
    /// <summary>Format name written into the document.</summary>
    public const string Format = "TenderHall/draw/v1";

    /// <summary>The document's UTF-8 JSON.</summary>
    public static byte[] Write(DrawView view, DrawState state, IReadOnlyDictionary<string, List<string>> pool, byte[] vrfPublicKey, string logKey)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("tenderId", view.TenderId);
            json.WriteString("vrfPublicKey", Convert.ToBase64String(vrfPublicKey));
            json.WriteString("logKey", logKey);
            json.WriteNumber("committeeSize", view.Request.CommitteeSize);
            json.WriteNumber("tendereeSeats", view.Request.TendereeSeats);
            json.WriteStartArray("seats");
            foreach (var s in view.Request.Seats)
            {
                json.WriteStartObject();
                json.WriteString("specialty", s.Specialty);
                json.WriteNumber("seats", s.Seats);
                json.WriteNumber("backups", s.Backups);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "rules", view.Rules);
            json.WriteStartObject("pool");
            foreach (var (code, members) in pool.OrderBy(p => p.Key, StringComparer.Ordinal)) Strings(json, code, members);
            json.WriteEndObject();
            json.WriteString("poolHash", view.PoolHash);
            json.WriteString("supervisorCommitment", view.Witness?.Commitment);
            json.WriteString("commitment", view.Commitment);
            json.WriteStartObject("commit");
            json.WriteNumber("index", view.CommitIndex ?? -1);
            json.WriteString("leafData", state.CommitLeaf);
            Strings(json, "hashes", state.CommitProof);
            json.WriteString("checkpoint", state.Checkpoint);
            json.WriteEndObject();
            if (view.Witness?.Contribution is { } contribution) json.WriteString("contribution", contribution);
            else json.WriteNull("contribution");
            json.WriteString("seed", view.Seed);
            json.WriteString("alpha", view.Alpha);
            json.WriteString("proof", view.Proof);
            Selection(json, state, view);
            Replacements(json, view);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Selection(Utf8JsonWriter json, DrawState state, DrawView view)
    {
        var key = Convert.FromBase64String(state.PseudonymKey);
        var named = view.Seats.GroupBy(s => s.Pseudonym).ToDictionary(g => g.Key, g => g.First());
        json.WriteStartArray("selection");
        foreach (var drawn in state.Outcome)
        {
            json.WriteStartObject();
            json.WriteString("specialty", drawn.Specialty);
            Strings(json, "members", drawn.Members);
            Strings(json, "backups", drawn.Backups);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        // Everyone who held a seat is named, with the salt that shows their pseudonym is theirs; backups never called stay pseudonyms.
        json.WriteStartArray("identities");
        foreach (var (pseudonym, seat) in named.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("pseudonym", pseudonym);
            json.WriteString("expertId", seat.ExpertId);
            json.WriteString("name", seat.Name);
            json.WriteString("salt", Convert.ToHexStringLower(PoolSnapshot.Salt(key, seat.ExpertId)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Replacements(Utf8JsonWriter json, DrawView view)
    {
        json.WriteStartArray("replacements");
        foreach (var r in view.Replacements)
        {
            json.WriteStartObject();
            json.WriteString("seat", r.Seat);
            json.WriteString("out", r.Out);
            json.WriteString("in", r.In);
            json.WriteString("reason", r.Reason.ToString());
            json.WriteBoolean("supplementary", r.Supplementary);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("committee");
        foreach (var seat in view.Seats.Where(s => s.Status is SeatStatus.Confirmed or SeatStatus.Notified))
        {
            json.WriteStartObject();
            json.WriteString("seat", seat.Seat);
            json.WriteString("pseudonym", seat.Pseudonym);
            json.WriteString("name", seat.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
