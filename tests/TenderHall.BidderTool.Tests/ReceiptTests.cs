using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TenderHall.Crypto.Merkle;

namespace TenderHall.BidderTool.Tests;

public sealed class ReceiptTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private readonly Workspace work = new();
    private readonly FakeLog log = new();
    private readonly byte[] envelope = RandomNumberGenerator.GetBytes(4096);

    [Fact]
    public async Task Receipt_for_the_envelope_verifies_offline_with_the_log_key()
    {
        var (code, output) = await VerifyAsync(log.Issue(Tender, "bidder-07", envelope));

        Assert.True(code == 0, output);
        Assert.Contains("VERIFIED (offline)", output);
        Assert.Contains("is in the signed log of 7 entries", output);
    }

    [Fact]
    public async Task Receipt_signed_by_another_key_does_not_verify()
    {
        var (code, output) = await VerifyAsync(log.Issue(Tender, "bidder-07", envelope), FakeLog.OtherKey);

        Assert.Equal(1, code);
        Assert.Contains("NOT signed by the key", output);
    }

    [Fact]
    public async Task Receipt_for_another_envelope_does_not_verify()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        envelope[100] ^= 1;

        var (code, output) = await VerifyAsync(receipt);

        Assert.Equal(1, code);
        Assert.Contains("but", output);
        Assert.Contains("has SHA-256", output);
    }

    [Fact]
    public async Task Edited_unsigned_fields_do_not_verify()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        receipt["bidderId"] = "bidder-99";

        var (code, output) = await VerifyAsync(receipt);

        Assert.Equal(1, code);
        Assert.Contains("the file was edited", output);
    }

    [Fact]
    public async Task Leaf_data_that_does_not_hash_to_the_signed_leaf_does_not_verify()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        var leaf = Encoding.UTF8.GetString(Convert.FromBase64String(receipt["leafData"]!.GetValue<string>())).Replace("bidder07-user", "someone", StringComparison.Ordinal);
        receipt["leafData"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(leaf));

        var (code, output) = await VerifyAsync(receipt);

        Assert.Equal(1, code);
        Assert.Contains("does not hash to the leaf", output);
    }

    [Fact]
    public async Task Signed_leaf_of_another_envelope_does_not_verify()
    {
        // The log signs a receipt whose leaf records a different envelope than the note names.
        var other = log.Issue(Tender, "bidder-07", RandomNumberGenerator.GetBytes(10));
        var mine = log.Issue(Tender, "bidder-07", envelope);
        var note = mine["receipt"]!.GetValue<string>();
        var text = note[..(note.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)].Replace(mine["leafHash"]!.GetValue<string>(), other["leafHash"]!.GetValue<string>(), StringComparison.Ordinal)
            .Replace($"log-index {mine["index"]}", $"log-index {other["index"]}", StringComparison.Ordinal);
        mine["receipt"] = log.Sign(text);
        foreach (var field in new[] { "leafData", "leafHash", "index", "hashes" }) mine[field] = other[field]!.DeepClone();
        mine["hashes"] = new JsonArray([.. log.Tree.InclusionProof(other["index"]!.GetValue<long>(), log.Tree.Size).Select(h => (JsonNode)Convert.ToBase64String(h))]);
        mine["checkpoint"] = log.SignedCheckpoint();

        var (code, output) = await VerifyAsync(mine);

        Assert.Equal(1, code);
        Assert.Contains("records envelope", output);
    }

    [Fact]
    public async Task Inclusion_proof_that_does_not_reach_the_signed_root_does_not_verify()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        var hashes = receipt["hashes"]!.AsArray();
        hashes[0] = Convert.ToBase64String(MerkleHash.Leaf("forged"u8));

        var (code, output) = await VerifyAsync(receipt);

        Assert.Equal(1, code);
        Assert.Contains("does NOT place entry", output);
    }

    [Fact]
    public async Task Checkpoint_not_signed_by_the_log_does_not_verify()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        var checkpoint = receipt["checkpoint"]!.GetValue<string>();
        var lines = checkpoint.Split('\n');
        lines[1] = (long.Parse(lines[1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        receipt["checkpoint"] = string.Join('\n', lines);

        var (code, output) = await VerifyAsync(receipt);

        Assert.Equal(1, code);
        Assert.Contains("checkpoint is NOT signed", output);
    }

    [Fact]
    public async Task Online_check_confirms_the_current_log_still_holds_the_receipts_log()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        for (var i = 0; i < 9; i++) log.Tree.Append(MerkleHash.Leaf([(byte)i]));
        using var platform = new FakePlatform(log, Tender);

        var (code, output) = await VerifyAsync(receipt, http: platform.Client(), online: true);

        Assert.True(code == 0, output);
        Assert.Contains("still contains the receipt's log unchanged", output);
    }

    [Fact]
    public async Task Online_check_detects_a_rewritten_log()
    {
        var receipt = log.Issue(Tender, "bidder-07", envelope);
        using var platform = new FakePlatform(log, Tender);
        platform.Rewrite();

        var (code, output) = await VerifyAsync(receipt, http: platform.Client(), online: true);

        Assert.Equal(1, code);
        Assert.Contains("the log was rewritten", output);
    }

    private async Task<(int Code, string Output)> VerifyAsync(JsonNode receipt, string? key = null, HttpClient? http = null, bool online = false)
    {
        var envelopePath = work.Write("bid.thse", envelope);
        work.Write("bid.thse.receipt.json", FakeLog.Serialize(receipt));
        string[] args = ["verify-receipt", "--envelope", envelopePath, "--key", key ?? log.VerifierKey];
        return await work.RunAsync(http ?? new HttpClient(), online ? [.. args, "--url", FakePlatform.Url] : [.. args, "--offline"]);
    }

    public void Dispose() => work.Dispose();
}
