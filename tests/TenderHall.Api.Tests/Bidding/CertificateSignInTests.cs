using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class CertificateSignInTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_bidder_signs_in_by_signing_a_challenge_with_its_certificate_key_once()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-cert");
        using var client = platform.ClientAs(null);

        var challenge = await TenderScenario.Read(await client.PostAsJsonAsync("/api/v1/auth/challenge", new { organizationId = bidder.Id }));
        var message = System.Text.Encoding.UTF8.GetBytes(
            $"TenderHall sign-in v1\n{challenge.GetProperty("id").GetString()}\n{bidder.Id}\n{challenge.GetProperty("nonce").GetString()}\n");
        var answer = new { challengeId = challenge.GetProperty("id").GetString(), signature = Convert.ToBase64String(bidder.Key.Sign(message)) };
        var token = await TenderScenario.Read(await client.PostAsJsonAsync("/api/v1/auth/certificate", answer));
        Assert.Equal(bidder.Id, token.GetProperty("organizationId").GetString());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await TenderScenario.Read(await client.GetAsync("/api/v1/auth/me"));
        Assert.Equal(["Bidder"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var replay = await platform.ClientAs(null).PostAsJsonAsync("/api/v1/auth/certificate", answer);
        await ProblemAssert.IsRule(replay, HttpStatusCode.Forbidden, "AUTH-CERTIFICATE");
    }

    [Fact]
    public async Task A_signature_by_another_key_signs_no_one_in()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-cx");
        using var impostor = await BidderKit.Join(s, platform.Services, "bidder-im");
        using var client = platform.ClientAs(null);
        var challenge = await TenderScenario.Read(await client.PostAsJsonAsync("/api/v1/auth/challenge", new { organizationId = bidder.Id }));
        var message = System.Text.Encoding.UTF8.GetBytes(
            $"TenderHall sign-in v1\n{challenge.GetProperty("id").GetString()}\n{bidder.Id}\n{challenge.GetProperty("nonce").GetString()}\n");
        using var response = await client.PostAsJsonAsync("/api/v1/auth/certificate",
            new { challengeId = challenge.GetProperty("id").GetString(), signature = Convert.ToBase64String(impostor.Key.Sign(message)) });
        await ProblemAssert.IsRule(response, HttpStatusCode.Forbidden, "AUTH-CERTIFICATE");
    }
}
