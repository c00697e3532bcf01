using System.Text.Json;
using TenderHall.Crypto;
using TenderHall.Crypto.Draw;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Verifier;

/// <summary>
/// Re-runs a whole revealed draw (format <c>TenderHall/draw/v1</c>, docs/experts.md) from its public document, step by
/// step, and names the first step whose result differs from what the document claims.
/// </summary>
public static class DrawRerun
{
    /// <summary>The verdict for <paramref name="draw"/>; <paramref name="logKey"/> pins the log's key (else the document's is used).</summary>
    public static Verdict Run(JsonElement draw, NoteVerifier? logKey)
    {
        try
        {
            return Steps(draw, logKey);
        }
        catch (Exception e) when (e is KeyNotFoundException or FormatException or InvalidOperationException or JsonException or CryptographicFormatException)
        {
            return Verdict.Fail($"NOT VERIFIED: the draw document is incomplete or malformed ({e.Message}).");
        }
    }

    private static Verdict Steps(JsonElement draw, NoteVerifier? pinnedKey)
    {
        var tenderId = draw.GetProperty("tenderId").GetString()!;
        var pool = draw.GetProperty("pool").EnumerateObject()
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)[.. p.Value.EnumerateArray().Select(e => e.GetString()!)], StringComparer.Ordinal);
        var seats = draw.GetProperty("seats").EnumerateArray()
            .Select(s => new SeatRequest(s.GetProperty("specialty").GetString()!, s.GetProperty("seats").GetInt32(), s.GetProperty("backups").GetInt32())).ToList();

        // 1. pool: the published pool hashes to the committed pool hash.
        var poolHash = DrawHashing.PoolHash(pool);
        if (!Same(poolHash, Hex(draw, "poolHash"))) return Differs("pool", "the published pool does not hash to the pool hash");

        // 2. commitment: parameters, rules, pool and supervisor commitment give the logged commitment.
        var supervisorCommitment = Hex(draw, "supervisorCommitment");
        var statement = new DrawCommitStatement(tenderId, poolHash, draw.GetProperty("committeeSize").GetInt32(), draw.GetProperty("tendereeSeats").GetInt32(),
            seats, [.. draw.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!)], supervisorCommitment);
        var commitment = DrawHashing.Commitment(statement);
        if (!Same(commitment, Hex(draw, "commitment"))) return Differs("commitment", "the parameters, rules, pool and supervisor commitment do not give the commitment");

        // 3. commit-log: the commit entry carries the commitment and is in the signed checkpoint that anchors the seed.
        var commit = draw.GetProperty("commit");
        var key = pinnedKey ?? NoteVerifier.Parse(draw.GetProperty("logKey").GetString()!);
        var (checkpoint, failure) = SignedCheckpoints.Open(commit.GetProperty("checkpoint").GetString()!, key, "draw's anchoring checkpoint");
        if (failure is not null) return Differs("commit-log", failure.Message);
        var leaf = commit.GetProperty("leafData").GetBytesFromBase64();
        var index = commit.GetProperty("index").GetInt64();
        var logged = JsonDocument.Parse(leaf).RootElement.GetProperty("data").GetProperty("commitment").GetString();
        if (logged != Convert.ToHexStringLower(commitment)) return Differs("commit-log", "the logged commit entry carries another commitment");
        var proofHashes = commit.GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64()).ToList();
        if (checkpoint!.Size <= index || !MerkleVerifier.VerifyInclusion(MerkleHash.Leaf(leaf), index, checkpoint.Size, proofHashes, checkpoint.RootHash))
            return Differs("commit-log", $"the commit entry is not at index {index} of the signed checkpoint of {checkpoint.Size} entries");

        // 4. contribution: the revealed contribution opens the supervisor's commitment (or it was withheld).
        byte[]? contribution = draw.GetProperty("contribution").ValueKind == JsonValueKind.Null ? null : Hex(draw, "contribution");
        if (contribution is not null && !Same(DrawHashing.ContributionCommitment(contribution), supervisorCommitment))
            return Differs("contribution", "the supervisor's contribution does not open their commitment");

        // 5-6. seed and alpha.
        var seed = DrawHashing.Seed(checkpoint.RootHash, contribution);
        if (!Same(seed, Hex(draw, "seed"))) return Differs("seed", "the checkpoint root and the contribution do not give the seed");
        var alpha = DrawHashing.Alpha(tenderId, poolHash, seed);
        if (!Same(alpha, Hex(draw, "alpha"))) return Differs("alpha", "the tender, pool hash and seed do not give the VRF input");

        // 7. proof.
        if (!Ecvrf.Verify(draw.GetProperty("vrfPublicKey").GetBytesFromBase64(), draw.GetProperty("proof").GetBytesFromBase64(), alpha, out var beta))
            return Differs("proof", "the ECVRF proof is not valid for the centre's key and this input");

        // 8. selection: members and backups per specialty, in order.
        var rerun = CommitteeSelection.Select(beta, pool, seats).ToDictionary(s => s.Specialty, StringComparer.Ordinal);
        foreach (var published in draw.GetProperty("selection").EnumerateArray())
        {
            var code = published.GetProperty("specialty").GetString()!;
            if (!rerun.Remove(code, out var mine)
                || !mine.Members.SequenceEqual(Strings(published, "members")) || !mine.Backups.SequenceEqual(Strings(published, "backups")))
                return Differs("selection", $"re-running the selection gives other members or backups for specialty {code}");
        }

        if (rerun.Count > 0) return Differs("selection", "the document leaves out specialty " + string.Join(", ", rerun.Keys));
        return Committee(draw, beta, pool);
    }

    // 9-10. identities open their pseudonyms; replacements take each specialty's next backup, then its supplementary draw;
    // the committee is what remains.
    private static Verdict Committee(JsonElement draw, byte[] beta, IReadOnlyDictionary<string, IReadOnlyList<string>> pool)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var identity in draw.GetProperty("identities").EnumerateArray())
        {
            var pseudonym = identity.GetProperty("pseudonym").GetString()!;
            if (DrawHashing.Pseudonym(Hex(identity, "salt"), identity.GetProperty("expertId").GetString()!) != pseudonym)
                return Differs("identities", $"the expert named for pseudonym {pseudonym} does not open it");
            names[pseudonym] = identity.GetProperty("name").GetString()!;
        }

        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        var backups = new Dictionary<string, Queue<string>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var drawn in draw.GetProperty("selection").EnumerateArray())
        {
            var code = drawn.GetProperty("specialty").GetString()!;
            var members = Strings(drawn, "members");
            for (var i = 0; i < members.Count; i++) holders[$"{code}/{i + 1}"] = members[i];
            backups[code] = new Queue<string>(Strings(drawn, "backups"));
            taken.UnionWith(members.Concat(backups[code]));
        }

        foreach (var r in draw.GetProperty("replacements").EnumerateArray())
        {
            var seat = r.GetProperty("seat").GetString()!;
            var code = seat.Split('/')[0];
            if (!holders.TryGetValue(seat, out var holder) || holder != r.GetProperty("out").GetString() || !backups.TryGetValue(code, out var queue))
                return Differs("replacements", $"the replacement in seat {seat} does not take over from the seat's holder");
            // Backups first; once they are used up, the supplementary draw continues the specialty's permutation.
            var supplementary = queue.Count == 0;
            var next = supplementary ? CommitteeSelection.Supplement(beta, pool[code], code, taken) : queue.Dequeue();
            if (next is null || next != r.GetProperty("in").GetString() || supplementary != (r.TryGetProperty("supplementary", out var flag) && flag.GetBoolean()))
                return Differs("replacements", supplementary
                    ? $"the replacement in seat {seat} is not the specialty's supplementary draw from the same proof and pool"
                    : $"the replacement in seat {seat} is not the specialty's next backup");
            taken.Add(next);
            holders[seat] = next;
        }

        var committee = draw.GetProperty("committee").EnumerateArray().ToList();
        foreach (var member in committee)
        {
            var seat = member.GetProperty("seat").GetString()!;
            var pseudonym = member.GetProperty("pseudonym").GetString()!;
            if (!holders.TryGetValue(seat, out var holder) || holder != pseudonym || !names.TryGetValue(pseudonym, out var name) || name != member.GetProperty("name").GetString())
                return Differs("committee", $"seat {seat} is not held by the published expert");
        }

        return Verdict.Pass($"VERIFIED: every step of the draw re-runs to the same result: pool, commitment, log anchor, seed, ECVRF proof, selection of {holders.Count} seats and {draw.GetProperty("replacements").GetArrayLength()} replacements; committee of {committee.Count} experts.");
    }

    private static Verdict Differs(string step, string detail) => Verdict.Fail($"NOT VERIFIED at step '{step}': {detail}.");

    private static List<string> Strings(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static byte[] Hex(JsonElement element, string name) => Convert.FromHexString(element.GetProperty(name).GetString()!);

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);
}
