using System.Numerics;

namespace TenderHall.Crypto.Merkle;

/// <summary>
/// Append-only RFC 9162 Merkle tree over leaf hashes, kept compactly in memory: every leaf hash plus the roots of complete
/// subtrees of 16 leaves and more (about 34 bytes per leaf, ~340 MB for 10^7). Smaller subtrees are recomputed from leaves
/// on demand (at most 15 hashes each), so proofs cost O(log n) stored lookups plus a few dozen hashes.
/// Not thread-safe: the log service serialises every call (one grain activation owns the log).
/// </summary>
public sealed class MerkleLog
{
    private const int StoredFloor = 4;
    private readonly HashList leaves = new();
    private readonly List<HashList> levels = [];

    /// <summary>Number of leaves.</summary>
    public long Size => leaves.Count;

    /// <summary>Appends an entry's leaf hash (see <see cref="MerkleHash.Leaf"/>) and returns its index.</summary>
    public long Append(ReadOnlySpan<byte> leafHash)
    {
        if (leafHash.Length != MerkleHash.Length)
            throw new ArgumentException("A leaf hash is 32 bytes.", nameof(leafHash));
        var index = leaves.Count;
        leaves.Append(leafHash);
        var size = leaves.Count;
        Span<byte> node = stackalloc byte[MerkleHash.Length];
        for (var level = StoredFloor; (size & ((1L << level) - 1)) == 0; level++)
        {
            var subtree = (size >> level) - 1;
            MerkleHash.Node(Subtree(level - 1, 2 * subtree), Subtree(level - 1, 2 * subtree + 1), node);
            Stored(level).Append(node);
        }

        return index;
    }

    /// <summary>Leaf hash at <paramref name="index"/>.</summary>
    public byte[] LeafHash(long index) => leaves[index].ToArray();

    /// <summary>Root hash of the tree made of the first <paramref name="size"/> leaves.</summary>
    public byte[] Root(long size)
    {
        CheckSize(size);
        return size == 0 ? MerkleHash.EmptyRoot() : Range(0, size);
    }

    /// <summary>Root hash of the whole log.</summary>
    public byte[] Root() => Root(Size);

    /// <summary>Inclusion proof (RFC 9162 §2.1.3.1) of leaf <paramref name="index"/> in the tree of <paramref name="size"/> leaves, leaf end first.</summary>
    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        CheckSize(size);
        if (index < 0 || index >= size)
            throw new ArgumentOutOfRangeException(nameof(index), index, "The leaf index must be below the tree size.");
        var proof = new List<byte[]>();
        Path(index, 0, size, proof);
        return proof;
    }

    /// <summary>Consistency proof (RFC 9162 §2.1.4.1) between the trees of <paramref name="oldSize"/> and <paramref name="newSize"/> leaves.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long oldSize, long newSize)
    {
        CheckSize(newSize);
        if (oldSize < 0 || oldSize > newSize)
            throw new ArgumentOutOfRangeException(nameof(oldSize), oldSize, "The old size must be between 0 and the new size.");
        var proof = new List<byte[]>();
        if (oldSize > 0 && oldSize < newSize)
            SubProof(oldSize, 0, newSize, true, proof);
        return proof;
    }

    // PATH(m, D[start:start+n]) from RFC 9162 §2.1.3.1.
    private void Path(long m, long start, long n, List<byte[]> proof)
    {
        if (n == 1)
            return;
        var k = LargestPowerOfTwoBelow(n);
        if (m < k)
        {
            Path(m, start, k, proof);
            proof.Add(Range(start + k, n - k));
        }
        else
        {
            Path(m - k, start + k, n - k, proof);
            proof.Add(Range(start, k));
        }
    }

    // SUBPROOF(m, D[start:start+n], b) from RFC 9162 §2.1.4.1.
    private void SubProof(long m, long start, long n, bool completeSubtree, List<byte[]> proof)
    {
        if (m == n)
        {
            if (!completeSubtree)
                proof.Add(Range(start, n));
            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(m, start, k, completeSubtree, proof);
            proof.Add(Range(start + k, n - k));
        }
        else
        {
            SubProof(m - k, start + k, n - k, false, proof);
            proof.Add(Range(start, k));
        }
    }

    // MTH(D[start:start+n]); in every RFC recursion a power-of-two range starts at a multiple of its size.
    private byte[] Range(long start, long n)
    {
        if (BitOperations.IsPow2(n))
            return Subtree(BitOperations.Log2((ulong)n), start >> BitOperations.Log2((ulong)n)).ToArray();
        var k = LargestPowerOfTwoBelow(n);
        return MerkleHash.Node(Range(start, k), Range(start + k, n - k));
    }

    private ReadOnlySpan<byte> Subtree(int level, long index)
    {
        if (level == 0)
            return leaves[index];
        if (level >= StoredFloor)
            return levels[level - StoredFloor][index];
        return MerkleHash.Node(Subtree(level - 1, 2 * index), Subtree(level - 1, 2 * index + 1));
    }

    private HashList Stored(int level)
    {
        while (levels.Count <= level - StoredFloor)
            levels.Add(new HashList());
        return levels[level - StoredFloor];
    }

    private void CheckSize(long size)
    {
        if (size < 0 || size > Size)
            throw new ArgumentOutOfRangeException(nameof(size), size, $"The tree size must be between 0 and {Size}.");
    }

    private static long LargestPowerOfTwoBelow(long n) => 1L << (BitOperations.Log2((ulong)(n - 1)));
}
