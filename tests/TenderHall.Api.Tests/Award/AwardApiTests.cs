using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Award;

[Collection(AfterOpeningCollection.Name)]
public sealed class AwardApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_tender_goes_from_its_publicity_through_award_and_contract_to_a_verifiable_archive_and_certificate()
    {
        var s = await AwardScenario.Publicized(platform);
        var publicity = await s.Award();
        Assert.Equal("CandidatesPublicized", publicity.GetProperty("status").GetString());
        Assert.Equal(3, publicity.GetProperty("result").GetProperty("candidates").GetArrayLength());

        // BLR 54: nobody awards before the publicity ends; an objection pauses the tender until it is answered.
        using (var early = await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/award", new { winnerId = s.Bidders[0].Id }))
            await ProblemAssert.IsRule(early, HttpStatusCode.Conflict, "BLR-54-PUBLICITY");
        var objection = await TenderScenario.Read(await s.Bidders[2].Client.PostAsJsonAsync($"{s.Url}/award/objections", new { text = "第一名业绩证明不实" }));
        Assert.Equal("Suspended", (await s.Tender.Tender()).GetProperty("status").GetString());
        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/objections/{objection.GetProperty("id").GetString()}/answer", new { text = "经核查，业绩证明真实。" }));
        Assert.Equal("CandidatesPublicized", (await s.Tender.Tender()).GetProperty("status").GetString());
        await s.EndPublicity();

        // BLR 55: the project is state-funded, so the first-ranked candidate wins.
        using (var second = await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/award", new { winnerId = s.Bidders[1].Id, reason = "报价更优" }))
            await ProblemAssert.IsRule(second, HttpStatusCode.Conflict, "BLR-55");
        var awarded = await TenderScenario.Read(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/award", new { winnerId = s.Bidders[0].Id }));
        Assert.Equal(s.Bidders[0].Id, awarded.GetProperty("award").GetProperty("bidderId").GetString());
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        Assert.True(PdfSignatureVerifier.VerifySignedBy(await s.Tender.Anonymous.GetByteArrayAsync($"{s.Url}/award/notice.pdf"), [platformKey]));
        Assert.True(PdfSignatureVerifier.VerifySignedBy(await s.Tender.Anonymous.GetByteArrayAsync($"{s.Url}/award/result.pdf"), [platformKey]));
        var page = WebUtility.HtmlDecode(await s.Tender.Anonymous.GetStringAsync($"/tenders/{s.Tender.TenderId}/result?lang=en"));
        Assert.Contains("Candidates and result", page, StringComparison.Ordinal);
        Assert.All(s.Bidders, b => Assert.Contains("投标人" + b.Id, page, StringComparison.Ordinal)); // ranks, names, prices, scores in public

        // BLR 58: the bond is at most 10 % of the value; BL 46: both parties sign on the platform.
        using (var bond = await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract", new { valueFen = 100_000_000, performanceBondFen = 20_000_000, terms = "工期180日。" }))
            await ProblemAssert.IsRule(bond, HttpStatusCode.UnprocessableEntity, "BLR-58");
        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract", new { valueFen = 100_000_000, performanceBondFen = 10_000_000, terms = "工期180日，质量合格。" }));
        using (var outsider = await s.Bidders[1].Client.PostAsJsonAsync($"{s.Url}/contract/signing-request", new { }))
            await ProblemAssert.IsRule(outsider, HttpStatusCode.Forbidden, "CONTRACT-PARTY");
        // A party's unknown key or a signature not by its key is refused with the contract's own rules.
        await ProblemAssert.IsRule(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signing-request", new { keyId = "no-such-key" }),
            HttpStatusCode.UnprocessableEntity, "CONTRACT-KEY");
        var pending = await TenderScenario.Read(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signing-request", new { }));
        using (var stranger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256))
            await ProblemAssert.IsRule(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signature", new
            {
                signature = Convert.ToBase64String(stranger.Sign(Convert.FromBase64String(pending.GetProperty("contract").GetProperty("pending").GetProperty("signedAttributes").GetString()!))),
            }), HttpStatusCode.UnprocessableEntity, "CONTRACT-SIGNATURE");
        TenderScenario.Ok(await s.SignContract(s.Tender.Agency, s.AgencyKey));
        var contracted = await TenderScenario.Read(await s.SignContract(s.Bidders[0].Client, s.Bidders[0].Key));
        Assert.Equal("Contracted", contracted.GetProperty("status").GetString());
        var contract = await s.Tender.Agency.GetByteArrayAsync($"{s.Url}/contract.pdf");
        Assert.Equal(3, PdfSignatureVerifier.Verify(contract).Signatures.Count(v => v.IsValid)); // the platform's draft, then both parties

        // BL 47: the archive waits for the written report, generated from the record.
        using (var unreported = await s.Tender.Agency.PostAsync($"{s.Url}/archive", null))
            await ProblemAssert.IsRule(unreported, HttpStatusCode.Conflict, "BL-47-MISSING");
        TenderScenario.Ok(await s.Tender.Agency.PostAsync($"{s.Url}/report", null));
        var archived = await TenderScenario.Read(await s.Tender.Agency.PostAsync($"{s.Url}/archive", null));
        Assert.Equal("Archived", archived.GetProperty("status").GetString());

        var logKey = NoteVerifier.Parse((await TenderScenario.Read(await s.Tender.Anonymous.GetAsync("/api/v1/transparency/key"))).GetProperty("verifierKey").GetString()!);
        var bundle = await s.Tender.Agency.GetByteArrayAsync($"{s.Url}/archive.zip");
        var check = TenderArchive.Verify(bundle, logKey);
        Assert.True(check.Verified, check.Message);
        using (var zip = new ZipArchive(new MemoryStream(bundle)))
            Assert.Contains(zip.Entries, e => e.FullName == "records/09-contract.pdf");
        for (var at = 0; at < bundle.Length; at += bundle.Length / 40)
        {
            var changed = (byte[])bundle.Clone();
            changed[at] ^= 0x01;
            Assert.False(TenderArchive.Verify(changed, logKey).Verified, $"a byte changed at {at} went unnoticed");
        }

        var certificate = await s.Tender.Anonymous.GetStringAsync($"{s.Url}/certificate");
        var verified = SignedTradeCertificate.Verify(certificate, platformKey, logKey);
        Assert.True(verified.Verified, verified.Message);
        Assert.Contains(s.Bidders[0].Id, verified.Message, StringComparison.Ordinal);
        var parsed = SignedTradeCertificate.Parse(certificate);
        var otherWinner = parsed with { Statement = parsed.Statement.Replace(s.Bidders[0].Id, s.Bidders[1].Id, StringComparison.Ordinal) };
        Assert.False(SignedTradeCertificate.Verify(otherWinner.ToJson(), platformKey, logKey).Verified);
        using var forger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var forged = otherWinner with { Signature = SignedTradeCertificate.Sign(otherWinner.Statement, forger) };
        Assert.False(SignedTradeCertificate.Verify(forged.ToJson(), forger.Verifier, logKey).Verified, "a certificate the log never archived is refused even under its forger's key");
        Assert.False(SignedTradeCertificate.Verify(certificate, forger.Verifier, logKey).Verified);
        Assert.Contains("tender.archived", Encoding.UTF8.GetString(parsed.Anchor.LeafData), StringComparison.Ordinal);
    }
}
