using System.Net;
using TenderHall.Crypto.Merkle;

namespace TenderHall.Verifier.Tests;

public sealed class ConsistencyVerificationTests
{
    [Fact]
    public async Task A_log_that_only_grew_is_consistent()
    {
        using var log = new TestLog(7);
        var older = log.Write("old", log.SignedCheckpoint(3));
        var (code, output) = await Cli.RunAsync("verify-consistency", "--key", log.VerifierKey, older, log.Write("new", log.SignedCheckpoint(7)), "--proof", log.WriteConsistency("proof.json", 3, 7));
        Assert.Equal(0, code);
        Assert.StartsWith("VERIFIED: the log of 7 entries extends the log of 3 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_whose_history_was_rewritten_is_not_consistent()
    {
        using var log = new TestLog(7);
        var older = log.Write("old", log.SignedCheckpoint(3));
        // The operator rewrites entry 1 and signs the rewritten log: each checkpoint verifies alone, the pair does not.
        var rewritten = new MerkleLog();
        for (var i = 0; i < 7; i++) rewritten.Append(MerkleHash.Leaf(TestLog.Leaf(i == 1 ? 99 : i)));
        var newer = log.Write("new", log.SignedCheckpoint(7, rewritten.Root(7)));

        var (code, output) = await Cli.RunAsync("verify-consistency", "--key", log.VerifierKey, older, newer, "--proof", log.WriteConsistency("bad.json", 3, 7, rewritten));
        Assert.Equal(1, code);
        Assert.Contains("NOT an extension", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_proof_can_be_fetched_from_the_log()
    {
        using var log = new TestLog(9);
        var proof = File.ReadAllText(log.WriteConsistency("proof.json", 4, 9));
        using var http = new HttpClient(new Answer(proof));
        var (code, _) = await Cli.RunAsync(http, "verify-consistency", "--key", log.VerifierKey,
            log.Write("old", log.SignedCheckpoint(4)), log.Write("new", log.SignedCheckpoint(9)), "--log-url", "http://log.example");
        Assert.Equal(0, code);
        Assert.Equal("http://log.example/api/v1/transparency/proofs/consistency?from=4&to=9", Answer.LastUri);
    }

    [Fact]
    public async Task A_checkpoint_signed_by_another_key_is_not_consistent()
    {
        using var log = new TestLog(4);
        var (code, _) = await Cli.RunAsync("verify-consistency", "--key", TestLog.OtherKey,
            log.Write("old", log.SignedCheckpoint(2)), log.Write("new", log.SignedCheckpoint(4)), "--proof", log.WriteConsistency("p.json", 2, 4));
        Assert.Equal(1, code);
    }

    private sealed class Answer(string json) : HttpMessageHandler
    {
        public static string? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastUri = request.RequestUri!.ToString();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json) });
        }
    }
}
