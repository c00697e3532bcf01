using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TenderHall.Crypto.Draw;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Verifier.Tests;

/// <summary>A revealed draw as an honest centre publishes it, built from the specified steps, for tampering.</summary>
internal static class HonestDraw
{
    private static readonly byte[] VrfSecret = RandomNumberGenerator.GetBytes(32);

    public static JsonObject Build(TestLog log, bool withhold = false, bool supplement = false)
    {
        const string Tender = "T-2026-0042";
        var salts = Enumerable.Range(0, 30).ToDictionary(i => $"expert-{i:D4}", _ => RandomNumberGenerator.GetBytes(16));
        var pseudonyms = salts.ToDictionary(s => DrawHashing.Pseudonym(s.Value, s.Key), s => s.Key);
        var sorted = pseudonyms.Keys.Order(StringComparer.Ordinal).ToList();
        var pool = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = sorted[..20], ["B01"] = sorted[10..] };
        SeatRequest[] seats = [new("A01", 3, 2), new("B01", 2, 1)];
        string[] rules = ["status:active", "employment:3y:bidders,tenderee,agency"];
        var contribution = RandomNumberGenerator.GetBytes(32);
        var supervisorCommitment = DrawHashing.ContributionCommitment(contribution);
        var poolHash = DrawHashing.PoolHash(pool);
        var commitment = DrawHashing.Commitment(new DrawCommitStatement(Tender, poolHash, 5, 0, seats, rules, supervisorCommitment));

        var leaf = Encoding.UTF8.GetBytes($$"""{"actor":"sup","at":"2026-03-01T08:00:00.0000000Z","data":{"commitment":"{{Convert.ToHexStringLower(commitment)}}"},"subject":"tender/{{Tender}}","type":"draw.committed"}""");
        log.Append(leaf);
        log.Append(TestLog.Leaf(99));
        var index = log.Tree.Size - 2;
        var size = log.Tree.Size;
        var seed = DrawHashing.Seed(log.Tree.Root(size), withhold ? null : contribution);
        var alpha = DrawHashing.Alpha(Tender, poolHash, seed);
        var proof = Ecvrf.Prove(VrfSecret, alpha);
        var selection = CommitteeSelection.Select(Ecvrf.ProofToHash(proof), pool, seats);
        var a01 = selection[0];
        // Seat A01/2 declined: its first backup stepped in.
        var committee = selection.SelectMany(s => s.Members.Select((m, i) => (Seat: $"{s.Specialty}/{i + 1}", Pseudonym: m))).ToList();
        committee[1] = ("A01/2", a01.Backups[0]);
        var named = committee.Select(c => c.Pseudonym).Append(a01.Members[1]).ToList();
        var replacements = new JsonArray(new JsonObject { ["seat"] = "A01/2", ["out"] = a01.Members[1], ["in"] = a01.Backups[0], ["reason"] = "Declined" });
        if (supplement)
        {
            // Both B01 members declined: the one backup took the first seat, the supplementary draw the second.
            var b01 = selection[1];
            var taken = selection.SelectMany(s => s.Members.Concat(s.Backups)).ToHashSet(StringComparer.Ordinal);
            var extra = CommitteeSelection.Supplement(Ecvrf.ProofToHash(proof), pool["B01"], "B01", taken)!;
            replacements.Add(new JsonObject { ["seat"] = "B01/1", ["out"] = b01.Members[0], ["in"] = b01.Backups[0], ["reason"] = "Declined", ["supplementary"] = false });
            replacements.Add(new JsonObject { ["seat"] = "B01/2", ["out"] = b01.Members[1], ["in"] = extra, ["reason"] = "NoAnswer", ["supplementary"] = true });
            committee[3] = ("B01/1", b01.Backups[0]);
            committee[4] = ("B01/2", extra);
            named.AddRange([b01.Backups[0], extra]);
        }

        return new JsonObject
        {
            ["format"] = "TenderHall/draw/v1", ["tenderId"] = Tender, ["vrfPublicKey"] = Convert.ToBase64String(Ecvrf.PublicKey(VrfSecret)),
            ["logKey"] = log.VerifierKey, ["committeeSize"] = 5, ["tendereeSeats"] = 0,
            ["seats"] = new JsonArray([.. seats.Select(s => (JsonNode)new JsonObject { ["specialty"] = s.Specialty, ["seats"] = s.Seats, ["backups"] = s.Backups })]),
            ["rules"] = Array(rules),
            ["pool"] = new JsonObject(pool.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Array(p.Value)))),
            ["poolHash"] = Convert.ToHexStringLower(poolHash), ["supervisorCommitment"] = Convert.ToHexStringLower(supervisorCommitment),
            ["commitment"] = Convert.ToHexStringLower(commitment),
            ["commit"] = new JsonObject
            {
                ["index"] = index, ["leafData"] = Convert.ToBase64String(leaf),
                ["hashes"] = Array(log.Tree.InclusionProof(index, size).Select(Convert.ToBase64String)), ["checkpoint"] = log.SignedCheckpoint(size),
            },
            ["contribution"] = withhold ? null : Convert.ToHexStringLower(contribution),
            ["seed"] = Convert.ToHexStringLower(seed), ["alpha"] = Convert.ToHexStringLower(alpha), ["proof"] = Convert.ToBase64String(proof),
            ["selection"] = new JsonArray([.. selection.Select(s => (JsonNode)new JsonObject
            {
                ["specialty"] = s.Specialty, ["members"] = Array(s.Members), ["backups"] = Array(s.Backups),
            })]),
            ["identities"] = new JsonArray([.. named.Select(p => (JsonNode)new JsonObject
            {
                ["pseudonym"] = p, ["expertId"] = pseudonyms[p], ["name"] = "专家" + pseudonyms[p][^2..], ["salt"] = Convert.ToHexStringLower(salts[pseudonyms[p]]),
            })]),
            ["replacements"] = replacements,
            ["committee"] = new JsonArray([.. committee.Select(c => (JsonNode)new JsonObject
            {
                ["seat"] = c.Seat, ["pseudonym"] = c.Pseudonym, ["name"] = "专家" + pseudonyms[c.Pseudonym][^2..],
            })]),
        };
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
