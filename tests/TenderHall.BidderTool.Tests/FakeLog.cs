using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

/// <summary>A small transparency log that issues bid receipts the way the platform does (BidReceipts, LogEventJson).</summary>
internal sealed class FakeLog
{
    public const string Origin = "tenderhall.example/log";

    private readonly NoteSigner signer = new(Origin, SignatureKey.Generate(SignatureAlgorithm.Ed25519));

    public FakeLog(int filler = 5)
    {
        for (var i = 0; i < filler; i++) Tree.Append(MerkleHash.Leaf(Encoding.UTF8.GetBytes($"{{\"filler\":{i}}}")));
    }

    public MerkleLog Tree { get; } = new();

    public string VerifierKey => signer.VerifierKey;

    public static string OtherKey => new NoteSigner(Origin, SignatureKey.Generate(SignatureAlgorithm.Ed25519)).VerifierKey;

    public string SignedCheckpoint(MerkleLog? tree = null) =>
        SignedNote.Sign(new Checkpoint(Origin, (tree ?? Tree).Size, (tree ?? Tree).Root()).Format(), signer).Format();

    public string Sign(string text) => SignedNote.Sign(text, signer).Format();

    /// <summary>Logs a bid.received event for <paramref name="envelope"/> and returns the receipt JSON.</summary>
    public JsonObject Issue(string tender, string bidder, byte[] envelope)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(envelope));
        var at = "2026-03-01T08:00:00.1234567Z";
        var leaf = Encoding.UTF8.GetBytes(
            $$"""{"actor":"bidder07-user","at":"{{at}}","data":{"envelopeSha256":"{{sha}}","size":"{{envelope.Length}}"},"subject":"tender/{{tender}}","type":"bid.received"}""");
        var leafHash = MerkleHash.Leaf(leaf);
        var index = Tree.Append(leafHash);
        Tree.Append(MerkleHash.Leaf("{\"after\":1}"u8));
        var size = Tree.Size;
        var text = $"{Origin} bid receipt\ntender {tender}\nbidder {bidder}\nenvelope {sha}\nsize {envelope.Length}\nreceived {at}\n"
                   + $"log-index {index.ToString(CultureInfo.InvariantCulture)}\nleaf {Convert.ToBase64String(leafHash)}\n";
        return new JsonObject
        {
            ["receipt"] = Sign(text), ["tenderId"] = tender, ["bidderId"] = bidder, ["envelopeSha256"] = sha, ["size"] = envelope.Length,
            ["receivedAt"] = "2026-03-01T08:00:00.1234567+00:00", ["index"] = index, ["leafData"] = Convert.ToBase64String(leaf),
            ["leafHash"] = Convert.ToBase64String(leafHash), ["checkpoint"] = SignedCheckpoint(),
            ["hashes"] = new JsonArray([.. Tree.InclusionProof(index, size).Select(h => (JsonNode)Convert.ToBase64String(h))]),
        };
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
