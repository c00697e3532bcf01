using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class CustodyApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task Publishing_makes_an_opening_key_that_any_two_custodians_rebuild_and_no_one_alone_can()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var key = await TenderScenario.Read(await s.Anonymous.GetAsync($"/api/v1/tenders/{s.TenderId}/opening-key"));
        Assert.Equal(2, key.GetProperty("threshold").GetInt32());
        var openingKey = EncryptionPublicKey.FromRaw(CryptoSuite.International, Convert.FromBase64String(key.GetProperty("publicKey").GetString()!));
        Assert.Equal(key.GetProperty("keyId").GetString(), Convert.ToHexStringLower(openingKey.KeyId));

        var shares = new List<(EncryptedShare Share, EncryptionKeyPair Owner)>();
        foreach (var (custodian, privateKey) in s.Custodians)
        {
            using var client = platform.ClientAs(Roles.Custodian, custodian);
            var share = await TenderScenario.Read(await client.GetAsync($"/api/v1/tenders/{s.TenderId}/custody/share"));
            var owner = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, privateKey.ExportParameters(true).D);
            shares.Add((new EncryptedShare(Convert.FromHexString(share.GetProperty("custodianKeyId").GetString()!), (byte)share.GetProperty("x").GetInt32(),
                Convert.FromBase64String(share.GetProperty("wrappedShare").GetString()!)), owner));
        }

        var bundle = new CustodyBundle(openingKey, 2, [.. shares.Select(x => x.Share)]);
        var decrypted = shares.Select(x => OpeningKeyCustody.DecryptShare(x.Share, x.Owner)).ToList();
        using var rebuilt = OpeningKeyCustody.Rebuild(bundle, [decrypted[0], decrypted[2]]);
        Assert.Equal(openingKey.Raw, rebuilt.PublicKey.Raw);
        Assert.ThrowsAny<Exception>(() => OpeningKeyCustody.Rebuild(bundle, [decrypted[1]]));
    }

    [Fact]
    public async Task Someone_who_is_not_a_custodian_gets_no_share()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var agency = s.Agency;
        using var response = await agency.GetAsync($"/api/v1/tenders/{s.TenderId}/custody/share");
        await ProblemAssert.IsRule(response, HttpStatusCode.Forbidden, "BID-CUSTODIAN");
    }

    [Fact]
    public async Task A_custodian_without_an_encryption_key_stops_the_publication_and_nothing_is_published()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var sha = await s.Upload("文件"u8.ToArray());
        var now = s.Now;
        using var response = await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/publish", new
        {
            saleEnd = now.AddDays(8), bidDeadline = now.AddDays(40), announcement = "公告", documentSha256 = sha,
            custody = new { custodians = new[] { s.Custodians.Keys.First(), s.AgencyId }, threshold = 2, suite = "International", policy = "OpeningKey" },
        });
        await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "BID-CUSTODY");
        Assert.Equal("Registered", (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());
    }
}
