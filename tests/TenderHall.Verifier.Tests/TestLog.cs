using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;

namespace TenderHall.Verifier.Tests;

/// <summary>A small signed log written to a temp directory, as an outsider would download it.</summary>
internal sealed class TestLog : IDisposable
{
    public const string Origin = "tenderhall.example/log";

    private readonly NoteSigner signer = new(Origin, SignatureKey.Generate(SignatureAlgorithm.Ed25519));

    public TestLog(int size)
    {
        Directory.CreateDirectory(Folder);
        for (var i = 0; i < size; i++) Append(Leaf(i));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "th-verifier-" + Guid.NewGuid().ToString("N"));

    public MerkleLog Tree { get; } = new();

    public List<byte[]> Leaves { get; } = [];

    public string VerifierKey => signer.VerifierKey;

    public static string OtherKey => new NoteSigner(Origin, SignatureKey.Generate(SignatureAlgorithm.Ed25519)).VerifierKey;

    public static byte[] Leaf(int i) => Encoding.UTF8.GetBytes($$"""{"actor":"bidder{{i}}","at":"2026-03-01T08:00:00.0000000Z","data":{},"subject":"tender/T-1","type":"bid.received"}""");

    public void Append(byte[] leaf)
    {
        Leaves.Add(leaf);
        Tree.Append(MerkleHash.Leaf(leaf));
    }

    /// <summary>Signs <paramref name="text"/> as the log does its receipts.</summary>
    public string Sign(string text) => SignedNote.Sign(text, signer).Format();

    public string SignedCheckpoint(long size) => SignedCheckpoint(size, Tree.Root(size));

    public string SignedCheckpoint(long size, byte[] root) => SignedNote.Sign(new Checkpoint(Origin, size, root).Format(), signer).Format();

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteConsistency(string name, long from, long to, MerkleLog? tree = null) =>
        Write(name, JsonSerializer.Serialize(new { from, to, hashes = (tree ?? Tree).ConsistencyProof(from, to) }));

    public string WriteReceipt(string name, long index, long size, byte[]? leafData = null) =>
        Write(name, JsonSerializer.Serialize(new
        {
            index,
            leafData = leafData ?? Leaves[(int)index],
            leafHash = MerkleHash.Leaf(Leaves[(int)index]),
            checkpoint = SignedCheckpoint(size),
            hashes = Tree.InclusionProof(index, size),
        }));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
