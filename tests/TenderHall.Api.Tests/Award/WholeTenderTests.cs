using System.IO.Compression;
using System.Net;
using System.Text.Json;
using TenderHall.Api.Tests.Evaluation;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Award;

[Collection(AfterOpeningCollection.Name)]
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

        // BL 37: until the result the committee is secret from everyone but supervision and the drawn experts.
        var draw = e.Draw;
        await ProblemAssert.IsRule(await e.Tender.Anonymous.GetAsync($"{draw.Url}/document"), HttpStatusCode.Forbidden, "DRAW-SEALED");
        Assert.Empty(Experts.DrawScenario.Seats(await draw.ViewAs(e.Tender.Agency)));

        var s = await AwardScenario.For(platform, e.Opening);
        var first = (await s.Award()).GetProperty("result").GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("rank").GetInt32() == 1);
        var winner = first.GetProperty("bidderId").GetString()!;
        // The award notice determines the result, and stands when the draw cannot be told at once: the next command tells it.
        platform.Faults.FailWrite("th-expert-draw", e.Tender.TenderId);
        await s.AwardTo(winner);
        Assert.Equal("Awarded", (await s.Award()).GetProperty("status").GetString());
        await ProblemAssert.IsRule(await e.Tender.Anonymous.GetAsync($"{draw.Url}/document"), HttpStatusCode.Forbidden, "DRAW-SEALED");
        await s.ContractAndReport(winner);

        // The draw is public, committee included.
        var revealed = await draw.ViewAs(e.Tender.Anonymous);
        Assert.Equal("Revealed", revealed.GetProperty("status").GetString());
        Assert.Equal(e.Members.Order(StringComparer.Ordinal), Experts.DrawScenario.Seats(revealed).Where(x => x.GetProperty("status").GetString() == "Confirmed")
            .Select(x => x.GetProperty("expertId").GetString()!).Order(StringComparer.Ordinal));
        var document = JsonDocument.Parse(await e.Tender.Anonymous.GetStringAsync($"{draw.Url}/document")).RootElement;
        Assert.Equal(e.Tender.TenderId, document.GetProperty("tenderId").GetString());

        // BLR 46: the draw's record, countersigned by its witness, goes into the archive; the archive waits for it.
        await ProblemAssert.IsRule(await s.Tender.Agency.PostAsync($"{s.Url}/archive", null), HttpStatusCode.Conflict, "ARCHIVE-DRAW-RECORD");
        await draw.CountersignedRecord();
        Assert.Equal("Archived", await s.Archive());

        var logKey = NoteVerifier.Parse((await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/transparency/key"))).GetProperty("verifierKey").GetString()!);
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        var bundle = await s.Tender.Agency.GetByteArrayAsync($"{s.Url}/archive.zip");
        var archive = TenderArchive.Verify(bundle, logKey);
        Assert.True(archive.Verified, archive.Message);
        using (var zip = new ZipArchive(new MemoryStream(bundle)))
        {
            var names = zip.Entries.Select(z => z.FullName).ToList();
            Assert.Equal(["records/03-bid-receipt-1.json", "records/03-bid-receipt-2.json", "records/03-bid-receipt-3.json"], names.Where(n => n.Contains("bid-receipt", StringComparison.Ordinal)));
            Assert.Contains("records/04-opening-record.pdf", names);
            Assert.Contains("records/05-draw-record.pdf", names);
            Assert.Contains("records/05-draw-document.json", names);
            Assert.Contains("records/06-evaluation-report.pdf", names);
            Assert.Contains("records/09-contract.pdf", names);
            var manifest = JsonDocument.Parse(Read(zip, TenderArchive.ManifestName)).RootElement.GetProperty("records").EnumerateArray().ToList();
            Assert.All(manifest.Where(r => r.GetProperty("category").GetString() is "draw-record" or "bid-receipt"),
                r => Assert.True(r.GetProperty("provenance").TryGetProperty("logIndex", out _), r.GetProperty("path").GetString()));

            // Made for the archive: every PDF declares PDF/A in its XMP, names the tender and the project there, embeds its fonts,
            // and its signatures (the platform's, then the countersigners' incremental ones) still verify.
            foreach (var entry in zip.Entries.Where(z => z.FullName.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                var pdf = Read(zip, entry.FullName);
                var format = PdfArchivalFormat.Inspect(pdf);
                Assert.True(format.PdfA is not null, $"{entry.FullName} declares no PDF/A");
                Assert.Contains($"tender:{e.Tender.TenderId}; project:{e.Tender.ProjectCode}", format.Xmp, StringComparison.Ordinal);
                Assert.True(format.Fonts > 0 && format.Unembedded.Count == 0, $"{entry.FullName}: {format.Fonts} fonts, not embedded: {string.Join(", ", format.Unembedded)}");
                Assert.True(PdfSignatureVerifier.VerifySignedBy(pdf, [platformKey]), entry.FullName);
            }
        }

        var certificate = SignedTradeCertificate.Verify(await s.Tender.Anonymous.GetStringAsync($"{s.Url}/certificate"), platformKey, logKey);
        Assert.True(certificate.Verified, certificate.Message);
        Assert.Contains(s.Tender.ProjectCode, certificate.Message, StringComparison.Ordinal);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
