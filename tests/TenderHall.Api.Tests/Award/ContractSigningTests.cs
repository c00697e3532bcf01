using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Award;

[Collection(PlatformCollection.Name)]
public sealed class ContractSigningTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_contract_signature_with_an_unknown_key_or_a_wrong_signature_is_refused_with_the_contract_rules()
    {
        var s = await AwardScenario.Publicized(platform);
        await s.AwardTo(s.Bidders[0].Id);
        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract", new { valueFen = 100_000_000, performanceBondFen = 10_000_000, terms = "工期180日，质量合格。" }));

        await ProblemAssert.IsRule(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signing-request", new { keyId = "no-such-key" }),
            HttpStatusCode.UnprocessableEntity, "CONTRACT-KEY");
        var view = await TenderScenario.Read(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signing-request", new { }));
        var attributes = Convert.FromBase64String(view.GetProperty("contract").GetProperty("pending").GetProperty("signedAttributes").GetString()!);
        using var stranger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await ProblemAssert.IsRule(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signature", new { signature = Convert.ToBase64String(stranger.Sign(attributes)) }),
            HttpStatusCode.UnprocessableEntity, "CONTRACT-SIGNATURE");
        Assert.Empty((await s.Award()).GetProperty("contract").GetProperty("signatures").EnumerateArray());

        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract/signature", new { signature = Convert.ToBase64String(s.AgencyKey.Sign(attributes)) }));
        Assert.Single((await s.Award()).GetProperty("contract").GetProperty("signatures").EnumerateArray());
    }
}
