using System.Security.Cryptography;

namespace TenderHall.Crypto.Merkle;

/// <summary>RFC 6962 / RFC 9162 hashing: leaf = SHA-256(0x00 || data), node = SHA-256(0x01 || left || right).</summary>
public static class MerkleHash
{
    /// <summary>Hash length in bytes.</summary>
    public const int Length = 32;

    /// <summary>Root of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData([]);

    /// <summary>Leaf hash of an entry.</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData([0x00]);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }

    /// <summary>Interior node hash.</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var output = new byte[Length];
        Node(left, right, output);
        return output;
    }

    /// <summary>Interior node hash into <paramref name="destination"/>.</summary>
    public static void Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[1 + 2 * Length];
        input[0] = 0x01;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + Length)..]);
        SHA256.HashData(input, destination);
    }

    /// <summary>Root of a tree given all its leaf hashes (MTH of RFC 9162 §2.1.1), for verifiers holding the whole list.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes)
    {
        if (leafHashes.Count == 0)
            return EmptyRoot();
        var level = leafHashes.ToList();
        while (level.Count > 1)
        {
            // Pairing left to right and promoting an odd last node gives the same tree as the RFC's split at the largest power of two.
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i + 1 < level.Count; i += 2)
                next.Add(Node(level[i], level[i + 1]));
            if (level.Count % 2 == 1)
                next.Add(level[^1]);
            level = next;
        }

        return level[0];
    }
}
