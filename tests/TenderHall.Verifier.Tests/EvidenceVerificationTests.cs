using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Signing;

namespace TenderHall.Verifier.Tests;

public sealed class EvidenceVerificationTests
{
    private static readonly DateTimeOffset Signed = new(2026, 9, 16, 11, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task An_archive_as_the_log_named_it_is_verified_and_any_changed_byte_is_not()
    {
        using var log = new TestLog(3);
        var bundle = Archive(log);
        var (code, output) = await Cli.RunAsync("verify-archive", "--key", log.VerifierKey, Save(Path.Combine(log.Folder, "a.zip"), bundle));
        Assert.True(code == 0, output);
        Assert.StartsWith("VERIFIED: the archive of tender T-1 holds 3 records", output, StringComparison.Ordinal);

        var key = Crypto.Notes.NoteVerifier.Parse(log.VerifierKey);
        for (var at = 0; at < bundle.Length; at++)
        {
            var changed = (byte[])bundle.Clone();
            changed[at] ^= 0x20;
            Assert.False(TenderArchive.Verify(changed, key).Verified, $"byte {at} of {bundle.Length} changed unnoticed");
        }
    }

    [Theory]
    [InlineData("forged", "is not signed by the key")]
    [InlineData("other-envelope", "does not name tender T-1, its envelope")]
    [InlineData("other-event", "do not open the commitment")]
    public void An_archive_whose_bid_receipt_is_not_the_logs_is_not_verified(string flaw, string problem)
    {
        using var log = new TestLog(3);
        var check = TenderArchive.Verify(Archive(log, flaw), Crypto.Notes.NoteVerifier.Parse(log.VerifierKey));
        Assert.False(check.Verified);
        Assert.Contains(problem, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archive_checked_with_another_log_key_is_not_verified()
    {
        using var log = new TestLog(3);
        var (code, _) = await Cli.RunAsync("verify-archive", "--key", TestLog.OtherKey, Save(Path.Combine(log.Folder, "a.zip"), Archive(log)));
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task A_trade_certificate_signed_and_anchored_is_verified()
    {
        using var log = new TestLog(2);
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var certificate = Certificate(log, platform, Statement("bidder-01"));
        var (code, output) = await Cli.RunAsync("verify-certificate", "--key", log.VerifierKey, "--platform-key", Spki(platform), log.Write("c.json", certificate.ToJson()));
        Assert.True(code == 0, output);
        Assert.Contains("tender T-1", output, StringComparison.Ordinal);
        Assert.Contains("甲建设有限公司 (bidder-01)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_or_forged_trade_certificate_is_refused()
    {
        using var log = new TestLog(2);
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var forger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var genuine = Certificate(log, platform, Statement("bidder-01"));
        var altered = genuine with { Statement = Statement("bidder-02") };
        var forged = altered with { Signature = SignedTradeCertificate.Sign(altered.Statement, forger) };
        var notArchived = Certificate(log, forger, Statement("bidder-02")) with { Anchor = genuine.Anchor };

        foreach (var (name, file, key) in new[] { ("altered", altered, platform), ("forged", forged, platform), ("forged under its own key", forged, forger), ("not archived", notArchived, forger) })
        {
            var (code, output) = await Cli.RunAsync("verify-certificate", "--key", log.VerifierKey, "--platform-key", Spki(key), log.Write(name + ".json", file.ToJson()));
            Assert.True(code == 1, $"{name}: {output}");
            Assert.StartsWith("NOT VERIFIED", output, StringComparison.Ordinal);
        }

        var reformatted = genuine with { Statement = genuine.Statement.Replace("\n", "\r\n", StringComparison.Ordinal) };
        Assert.False(SignedTradeCertificate.Verify(reformatted.ToJson(), platform.Verifier, Crypto.Notes.NoteVerifier.Parse(log.VerifierKey)).Verified);
    }

    private static string Statement(string winner) =>
        new TradeCertificate("2026-460000-48-01-000123", "T-1", "海口市某道路工程施工一标段", winner, "甲建设有限公司", new string('c', 64), Signed, Signed.AddDays(4)).Statement();

    private static SignedTradeCertificate Certificate(TestLog log, SignatureKey platform, string statement)
    {
        var index = Archived(log, "certificateSha256", TradeCertificate.Sha256Of(statement));
        return new SignedTradeCertificate(statement, SignedTradeCertificate.Sign(statement, platform), Anchor(log, index));
    }

    /// <summary>An archive of an announcement, a bid receipt (with <paramref name="flaw"/>, if any) and the contract, named by the log.</summary>
    private static byte[] Archive(TestLog log, string? flaw = null)
    {
        var (receipt, receiptIndex) = Receipt(log, flaw);
        var contract = "%PDF-1.7 contract"u8.ToArray();
        var contractIndex = Event(log, "tender.contracted", "contractPdfSha256", Hex(contract));
        var notice = "公告正文"u8.ToArray();
        var manifest = Encoding.UTF8.GetBytes($$$"""
            {"format":"tenderhall-archive/1","tender":{"id":"T-1"},"records":[
             {"path":"records/01-announcement.txt","size":{{{notice.Length}}},"fixity":{"algorithm":"SHA-256","value":"{{{Hex(notice)}}}"},"provenance":{"creator":"TenderHall"}},
             {"path":"records/03-bid-receipt-1.json","category":"bid-receipt","size":{{{receipt.Length}}},"fixity":{"algorithm":"SHA-256","value":"{{{Hex(receipt)}}}"},"provenance":{"creator":"TenderHall","logIndex":{{{receiptIndex}}},"event":"bid.received","field":"envelopeSha256"}},
             {"path":"records/09-contract.pdf","size":{{{contract.Length}}},"fixity":{"algorithm":"SHA-256","value":"{{{Hex(contract)}}}"},"provenance":{"creator":"TenderHall","logIndex":{{{contractIndex}}},"event":"tender.contracted","field":"contractPdfSha256"}}]}
            """);
        var archivedIndex = Archived(log, "manifestSha256", Hex(manifest));
        return TenderArchive.Bundle(manifest, [("records/01-announcement.txt", notice), ("records/03-bid-receipt-1.json", receipt), ("records/09-contract.pdf", contract)],
            [Anchor(log, receiptIndex), Anchor(log, contractIndex), Anchor(log, archivedIndex)]);
    }

    // A bid logged as a commitment (BL 22) and its receipt: the log's signed note, the salt and the event that open it.
    private static (byte[] Receipt, long Index) Receipt(TestLog log, string? flaw)
    {
        var envelope = new string('e', 64);
        var eventData = Encoding.UTF8.GetBytes($$"""{"actor":"bidder","at":"2026-09-01T02:00:00.0000000Z","data":{"envelopeSha256":"{{envelope}}","size":"10"},"subject":"tender/T-1","type":"bid.received"}""");
        var salt = RandomNumberGenerator.GetBytes(32);
        var leaf = Encoding.UTF8.GetBytes($$"""{"at":"2026-09-01T02:00:00.0000000Z","data":{"commitment":"{{Crypto.Merkle.LeafCommitment.Compute(salt, eventData)}}"},"type":"commitment"}""");
        log.Append(leaf);
        var index = log.Tree.Size - 1;
        var named = flaw == "other-envelope" ? new string('f', 64) : envelope;
        var note = $"{TestLog.Origin} bid receipt\ntender T-1\nbidder bidder-01\nenvelope {named}\nsize 10\nreceived 2026-09-01T02:00:00.0000000Z\nlog-index {index}\nleaf {Convert.ToBase64String(Crypto.Merkle.MerkleHash.Leaf(leaf))}\n";
        using var forger = new TestLog(0);
        var signed = (flaw == "forged" ? forger : log).Sign(note);
        var opened = flaw == "other-event" ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(eventData).Replace("\"10\"", "\"11\"", StringComparison.Ordinal)) : eventData;
        var receipt = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new
        {
            receipt = signed, tenderId = "T-1", bidderId = "bidder-01", envelopeSha256 = envelope, size = 10, index, leafData = leaf, salt = Convert.ToBase64String(salt), eventData = opened,
        });
        return (receipt, index);
    }

    private static long Archived(TestLog log, string field, string sha) => Event(log, "tender.archived", field, sha);

    private static long Event(TestLog log, string type, string field, string sha)
    {
        log.Append(Encoding.UTF8.GetBytes($$"""{"actor":"agent","at":"2026-09-20T02:00:00.0000000Z","data":{"{{field}}":"{{sha}}"},"subject":"tender/T-1","type":"{{type}}"}"""));
        return log.Tree.Size - 1;
    }

    private static LogAnchor Anchor(TestLog log, long index) =>
        new(index, log.Leaves[(int)index], log.Tree.InclusionProof(index, log.Tree.Size), log.SignedCheckpoint(log.Tree.Size));

    private static string Hex(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static string Spki(SignatureKey key) => Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo());

    private static string Save(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
