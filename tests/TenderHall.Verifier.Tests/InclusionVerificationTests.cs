using TenderHall.Crypto.Merkle;

namespace TenderHall.Verifier.Tests;

public sealed class InclusionVerificationTests
{
    [Fact]
    public async Task A_receipt_whose_leaf_is_in_the_signed_log_is_verified()
    {
        using var log = new TestLog(6);
        var (code, output) = await Cli.RunAsync("verify-inclusion", "--key", log.VerifierKey, log.WriteReceipt("r.json", 4, 6));
        Assert.Equal(0, code);
        Assert.StartsWith("VERIFIED: the entry is at index 4 of the log of 6 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_with_altered_leaf_data_is_not_verified()
    {
        using var log = new TestLog(6);
        var (code, _) = await Cli.RunAsync("verify-inclusion", "--key", log.VerifierKey, log.WriteReceipt("r.json", 4, 6, leafData: TestLog.Leaf(77)));
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task A_receipt_claiming_another_index_is_not_verified()
    {
        using var log = new TestLog(6);
        var receipt = File.ReadAllText(log.WriteReceipt("r.json", 4, 6)).Replace("\"index\":4", "\"index\":5", StringComparison.Ordinal);
        var (code, output) = await Cli.RunAsync("verify-inclusion", "--key", log.VerifierKey, log.Write("moved.json", receipt));
        Assert.Equal(1, code);
        Assert.Contains("NOT at index 5", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receipt_checked_with_another_key_is_not_verified()
    {
        using var log = new TestLog(3);
        var (code, _) = await Cli.RunAsync("verify-inclusion", "--key", TestLog.OtherKey, log.WriteReceipt("r.json", 1, 3));
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task A_receipt_stays_verified_against_a_later_checkpoint_of_the_same_log()
    {
        using var log = new TestLog(5);
        var receipt = log.WriteReceipt("r.json", 2, 5);
        for (var i = 5; i < 12; i++) log.Append(TestLog.Leaf(i));
        var (code, output) = await Cli.RunAsync("verify-inclusion", "--key", log.VerifierKey, receipt,
            "--later", log.Write("later", log.SignedCheckpoint(12)), "--proof", log.WriteConsistency("p.json", 5, 12));
        Assert.Equal(0, code);
        Assert.Contains("later log of 12 entries still contains it", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_checkpoint_of_a_log_that_dropped_the_entry_fails()
    {
        using var log = new TestLog(5);
        var receipt = log.WriteReceipt("r.json", 2, 5);
        // The later log lost entry 2: its checkpoint is signed, but it does not extend the one in the receipt.
        var rewritten = new MerkleLog();
        foreach (var i in new[] { 0, 1, 3, 4, 5, 6 }) rewritten.Append(MerkleHash.Leaf(TestLog.Leaf(i)));
        var (code, _) = await Cli.RunAsync("verify-inclusion", "--key", log.VerifierKey, receipt,
            "--later", log.Write("later", log.SignedCheckpoint(6, rewritten.Root(6))), "--proof", log.WriteConsistency("p.json", 5, 6, rewritten));
        Assert.Equal(1, code);
    }
}
