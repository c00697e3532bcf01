using TenderHall.Crypto.Merkle;

namespace TenderHall.Crypto.Tests.Merkle;

/// <summary>Literal transcription of the RFC 9162 §2.1 recursive definitions, as an oracle for the log.</summary>
internal static class ReferenceTree
{
    public static byte[] Mth(IReadOnlyList<byte[]> leaves) =>
        leaves.Count switch
        {
            0 => MerkleHash.EmptyRoot(),
            1 => leaves[0],
            _ => MerkleHash.Node(Mth([.. leaves.Take(Split(leaves.Count))]), Mth([.. leaves.Skip(Split(leaves.Count))])),
        };

    public static List<byte[]> Path(int m, IReadOnlyList<byte[]> d)
    {
        if (d.Count == 1)
            return [];
        var k = Split(d.Count);
        return m < k
            ? [.. Path(m, [.. d.Take(k)]), Mth([.. d.Skip(k)])]
            : [.. Path(m - k, [.. d.Skip(k)]), Mth([.. d.Take(k)])];
    }

    public static List<byte[]> Proof(int m, IReadOnlyList<byte[]> d) => SubProof(m, d, true);

    public static List<byte[]> Leaves(int n) => [.. Enumerable.Range(0, n).Select(i => MerkleHash.Leaf(BitConverter.GetBytes(i)))];

    private static List<byte[]> SubProof(int m, IReadOnlyList<byte[]> d, bool b)
    {
        if (m == d.Count)
            return b ? [] : [Mth(d)];
        var k = Split(d.Count);
        return m <= k
            ? [.. SubProof(m, [.. d.Take(k)], b), Mth([.. d.Skip(k)])]
            : [.. SubProof(m - k, [.. d.Skip(k)], false), Mth([.. d.Take(k)])];
    }

    private static int Split(int n)
    {
        var k = 1;
        while (k * 2 < n)
            k *= 2;
        return k;
    }
}
