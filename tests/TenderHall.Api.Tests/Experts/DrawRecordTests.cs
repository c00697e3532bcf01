using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Experts;

[Collection(DrawAndOpeningCollection.Name)]
public sealed class DrawRecordTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_draw_record_lists_the_recordings_is_signed_by_the_platform_and_countersigned_by_the_witness()
    {
        var draw = await DrawScenario.Create(platform);
        await draw.Draw();
        var recording = Convert.ToHexStringLower(SHA256.HashData("抽取录像"u8));
        var attached = await TenderScenario.Read(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/record",
            new { recordings = new[] { new { name = "抽取录像.mp4", sha256 = recording } } }));
        var pdf = await draw.Opening.Supervisor.GetByteArrayAsync($"{draw.Url}/record.pdf");
        Assert.Equal(attached.GetProperty("recordPdfSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await draw.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        Assert.True(PdfSignatureVerifier.VerifySignedBy(pdf, [platformKey]));

        var view = await TenderScenario.Read(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/record/signing-request", new { }));
        var attributes = Convert.FromBase64String(view.GetProperty("signingRequest").GetProperty("signedAttributes").GetString()!);
        await ProblemAssert.IsRule(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/record/countersign",
            new { signature = Convert.ToBase64String(SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256).Sign(attributes)) }), HttpStatusCode.UnprocessableEntity, "OPEN-RECORD-SIGNATURE");
        var signed = await TenderScenario.Read(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/record/countersign",
            new { signature = Convert.ToBase64String(draw.Opening.SupervisorKey.Sign(attributes)) }));
        Assert.True(signed.GetProperty("recordCountersigned").GetBoolean());

        var final = await draw.Opening.Supervisor.GetByteArrayAsync($"{draw.Url}/record.pdf");
        Assert.True(PdfSignatureVerifier.VerifySignedBy(final, [platformKey, draw.Opening.SupervisorKey.Verifier]));
        var text = string.Concat(UglyToad.PdfPig.PdfDocument.Open(final).GetPages().Select(p => p.Text));
        Assert.Contains(recording, string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
    }
}
