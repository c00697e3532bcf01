using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Gate;

namespace TenderHall.Grains.Tests.Gate;

/// <summary>The gate's verdicts that need no real log: nothing presented, an exemption, unreadable and forged files.</summary>
public sealed class TradeGateTests : IDisposable
{
    private const string Project = "2026-460000-48-01-654321";
    private static readonly DateTimeOffset Now = new(2026, 10, 9, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly SignatureKey platformKey = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
    private readonly SignatureKey logKey = SignatureKey.Generate(SignatureAlgorithm.Ed25519);

    private TradeGate Gate => new(new PlatformDocumentVerifier(platformKey.Verifier), NoteVerifier.Parse(new NoteSigner("tenderhall.test/log", logKey).VerifierKey));

    private static GateExemption Exemption => new() { ProjectCode = Project, ApprovalDocument = "琼府函〔2026〕88号", Reason = "应急抢险", ApprovedAt = Now };

    [Fact]
    public void Nothing_presented_without_an_exemption_is_refused_naming_the_rule_and_what_to_do()
    {
        var verdict = Gate.Judge(Project, null, null, Now);

        Assert.False(verdict.Passed);
        Assert.Equal("GATE-NO-CERTIFICATE", verdict.Rule);
        Assert.Contains(Project, verdict.ReasonZh, StringComparison.Ordinal);
        Assert.Contains("exemption", verdict.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exempted_project_passes_without_a_certificate()
    {
        var verdict = Gate.Judge(Project, "  ", Exemption, Now);

        Assert.True(verdict.Passed);
        Assert.Equal("琼府函〔2026〕88号", verdict.ExemptionDocument);
        Assert.Null(verdict.Rule);
    }

    [Fact]
    public void An_unreadable_certificate_is_refused_as_invalid_even_for_an_exempted_project()
    {
        var verdict = Gate.Judge(Project, "{\"format\":\"something-else\"}", Exemption, Now);

        Assert.False(verdict.Passed);
        Assert.Equal("GATE-CERTIFICATE-INVALID", verdict.Rule);
        Assert.Null(verdict.StatementSha256);
    }

    [Fact]
    public void A_certificate_signed_by_another_key_is_refused_with_its_statement_hash()
    {
        using var forger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var statement = new TradeCertificate(Project, "T-1", "某道路工程", "bidder-01", "甲公司", new string('c', 64), Now.AddDays(-3), Now).Statement();
        var forged = new SignedTradeCertificate(statement, SignedTradeCertificate.Sign(statement, forger), new LogAnchor(0, "{}"u8.ToArray(), [], "")).ToJson();

        var verdict = Gate.Judge(Project, forged, null, Now);

        Assert.Equal("GATE-CERTIFICATE-INVALID", verdict.Rule);
        Assert.Contains("forged or altered", verdict.Detail, StringComparison.Ordinal);
        Assert.Equal(TradeCertificate.Sha256Of(statement), verdict.StatementSha256);
        Assert.Equal(Project, verdict.CertifiedProjectCode);
    }

    public void Dispose()
    {
        platformKey.Dispose();
        logKey.Dispose();
    }
}
