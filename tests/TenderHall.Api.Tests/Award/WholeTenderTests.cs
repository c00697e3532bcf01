using System.IO.Compression;
using TenderHall.Api.Tests.Evaluation;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Award;

[Collection(PlatformCollection.Name)]
public sealed class WholeTenderTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_tender_from_registration_through_draw_opening_evaluation_and_award_ends_in_a_verifiable_trade_certificate()
    {
        // Registration, publication, bids, the expert draw and the opening, then the committee's evaluation through the API.
        var e = await EvaluationScenario.Create(platform);
        await e.OpenAndCheckIn();
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/watch", null));
        await e.ReviewAll();
        for (var i = 0; i < e.Members.Count; i++) TenderScenario.Ok(await e.Score(i, 40 + i));
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/report", null));
        for (var i = 0; i < e.Members.Count; i++) await e.Countersign(i);

        var s = await AwardScenario.For(platform, e.Opening);
        var first = (await s.Award()).GetProperty("result").GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("rank").GetInt32() == 1);
        Assert.Equal("Archived", await s.AwardContractAndArchive(first.GetProperty("bidderId").GetString()!));

        var logKey = NoteVerifier.Parse((await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/transparency/key"))).GetProperty("verifierKey").GetString()!);
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        var bundle = await s.Tender.Agency.GetByteArrayAsync($"{s.Url}/archive.zip");
        var archive = TenderArchive.Verify(bundle, logKey);
        Assert.True(archive.Verified, archive.Message);
        using (var zip = new ZipArchive(new MemoryStream(bundle)))
        {
            var names = zip.Entries.Select(z => z.FullName).ToList();
            Assert.Contains("records/04-opening-record.pdf", names);
            Assert.Contains("records/06-evaluation-report.pdf", names);
            Assert.Contains("records/09-contract.pdf", names);
        }

        var certificate = SignedTradeCertificate.Verify(await s.Tender.Anonymous.GetStringAsync($"{s.Url}/certificate"), platformKey, logKey);
        Assert.True(certificate.Verified, certificate.Message);
        Assert.Contains(s.Tender.ProjectCode, certificate.Message, StringComparison.Ordinal);
    }
}
