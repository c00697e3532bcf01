using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using TenderHall.Crypto.Merkle;

namespace TenderHall.Benchmarks.Merkle;

/// <summary>Merkle log append and proof generation at 10^6 and 10^7 leaves.</summary>
[MemoryDiagnoser]
public class MerkleBenchmarks
{
    private MerkleLog log = null!;
    private Random random = null!;
    private byte[] leaf = null!;
    private long size;

    /// <summary>Leaves in the log before measuring.</summary>
    [Params(1_000_000, 10_000_000)]
    public int Leaves { get; set; }

    /// <summary>Fills the log.</summary>
    [GlobalSetup]
    public void Setup()
    {
        log = new MerkleLog();
        leaf = SHA256.HashData("event"u8);
        for (var i = 0; i < Leaves; i++)
            log.Append(leaf);
        size = Leaves;
        random = new Random(42);
    }

    /// <summary>Append one leaf hash (amortised: one node hash per leaf).</summary>
    [Benchmark]
    public long Append() => log.Append(leaf);

    /// <summary>Inclusion proof for a random leaf in the tree of the setup size.</summary>
    [Benchmark]
    public IReadOnlyList<byte[]> InclusionProof() => log.InclusionProof(random.NextInt64(size), size);

    /// <summary>Consistency proof from a random older size to the setup size.</summary>
    [Benchmark]
    public IReadOnlyList<byte[]> ConsistencyProof() => log.ConsistencyProof(random.NextInt64(1, size), size);
}
