using TenderHall.Crypto.Merkle;

namespace TenderHall.Crypto.Tests.Merkle;

public sealed class MerkleLogTests
{
    [Fact]
    public void Roots_match_the_rfc6962_reference_tree()
    {
        var vectors = TestVectors.Load("rfc6962-merkle.json");
        var log = new MerkleLog();
        var roots = vectors.GetProperty("roots").EnumerateArray().Select(r => Convert.FromHexString(r.GetString()!)).ToArray();
        foreach (var leaf in vectors.GetProperty("leaves").EnumerateArray())
            log.Append(MerkleHash.Leaf(Convert.FromHexString(leaf.GetString()!)));
        for (var size = 1; size <= roots.Length; size++)
            Assert.Equal(roots[size - 1], log.Root(size));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(log.Root(0)));
    }

    [Fact]
    public void Inclusion_proofs_equal_the_rfc_definition_and_verify_for_every_index_and_size_up_to_70()
    {
        var leaves = ReferenceTree.Leaves(70);
        var log = Log(leaves);
        for (var size = 1; size <= 70; size++)
        {
            var root = log.Root(size);
            Assert.Equal(ReferenceTree.Mth(leaves[..size]), root);
            Assert.Equal(root, MerkleHash.Root(leaves[..size]));
            for (var index = 0; index < size; index++)
            {
                var proof = log.InclusionProof(index, size);
                Assert.Equal(ReferenceTree.Path(index, leaves[..size]), proof);
                Assert.True(MerkleVerifier.VerifyInclusion(leaves[index], index, size, proof, root));
                if (size > 1)
                    Assert.False(MerkleVerifier.VerifyInclusion(leaves[(index + 1) % size], index, size, proof, root));
                if (size < 70)
                    Assert.False(MerkleVerifier.VerifyInclusion(leaves[index], index, size, proof, log.Root(size + 1)));
            }
        }
    }

    [Fact]
    public void Consistency_proofs_equal_the_rfc_definition_and_verify_for_every_size_pair_up_to_70()
    {
        var leaves = ReferenceTree.Leaves(70);
        var log = Log(leaves);
        for (var newSize = 1; newSize <= 70; newSize++)
        {
            for (var oldSize = 1; oldSize <= newSize; oldSize++)
            {
                var proof = log.ConsistencyProof(oldSize, newSize);
                Assert.Equal(ReferenceTree.Proof(oldSize, leaves[..newSize]), proof);
                Assert.True(MerkleVerifier.VerifyConsistency(oldSize, newSize, log.Root(oldSize), log.Root(newSize), proof));
                if (oldSize < newSize)
                {
                    var forgedOld = MerkleHash.Leaf("forged"u8);
                    Assert.False(MerkleVerifier.VerifyConsistency(oldSize, newSize, forgedOld, log.Root(newSize), proof));
                    Assert.False(MerkleVerifier.VerifyConsistency(oldSize, newSize, log.Root(oldSize), forgedOld, proof));
                }
            }
        }
    }

    [Fact]
    public void Random_proofs_in_a_large_tree_verify_and_fail_when_a_node_is_altered()
    {
        var log = new MerkleLog();
        for (var i = 0; i < 100_003; i++)
            log.Append(MerkleHash.Leaf(BitConverter.GetBytes(i)));
        var random = new Random(20260428);
        for (var trial = 0; trial < 200; trial++)
        {
            var newSize = random.NextInt64(2, log.Size + 1);
            var oldSize = random.NextInt64(1, newSize);
            var index = random.NextInt64(0, newSize);
            var root = log.Root(newSize);
            var inclusion = log.InclusionProof(index, newSize);
            Assert.True(MerkleVerifier.VerifyInclusion(log.LeafHash(index), index, newSize, inclusion, root));
            var consistency = log.ConsistencyProof(oldSize, newSize);
            Assert.True(MerkleVerifier.VerifyConsistency(oldSize, newSize, log.Root(oldSize), root, consistency));

            var altered = consistency.Select(p => (byte[])p.Clone()).ToList();
            altered[random.Next(altered.Count)][0] ^= 1;
            Assert.False(MerkleVerifier.VerifyConsistency(oldSize, newSize, log.Root(oldSize), root, altered));
        }
    }

    [Fact]
    public void Stateless_root_over_leaf_hashes_equals_the_log_root()
    {
        var leaves = ReferenceTree.Leaves(1000);
        Assert.Equal(Log(leaves).Root(), MerkleHash.Root(leaves));
    }

    private static MerkleLog Log(List<byte[]> leaves)
    {
        var log = new MerkleLog();
        foreach (var leaf in leaves)
            log.Append(leaf);
        return log;
    }
}
