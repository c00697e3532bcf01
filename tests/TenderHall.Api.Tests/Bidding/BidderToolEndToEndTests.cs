using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Registry;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class BidderToolEndToEndTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_bidder_tool_seals_signs_uploads_and_verifies_its_receipt_against_the_platform()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var bidder = "bidder-tool-" + Guid.NewGuid().ToString("N")[..6];
        using var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var code = TestCreditCodes.New("91");
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(bidder).Register(new OrganizationProfile
        {
            Kind = OrganizationKind.Bidder, NameZh = "工具投标人", NameEn = "Tool bidder", CreditCode = code,
            Keys = [new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(signing.ExportSubjectPublicKeyInfo()) }],
        });
        await s.BuyDocuments(bidder);

        var work = Directory.CreateTempSubdirectory("bidder-tool-").FullName;
        try
        {
            var key = Path.Combine(work, "signing.pkcs8");
            await File.WriteAllTextAsync(key, Convert.ToBase64String(signing.ExportPkcs8PrivateKey()));
            var token = platform.ClientAs(Roles.Bidder, bidder).DefaultRequestHeaders.Authorization!.Parameter!;
            await File.WriteAllBytesAsync(Path.Combine(work, "方案.txt"), "施工组织设计：共八章"u8.ToArray());
            string[] online = ["--url", "http://localhost", "--token", token];

            Assert.Equal(0, await Tool(["form", "--price", "8888888.88", "--duration", "300", "--quality", "合格", "--deposit-ref", "DEP-1", "--out", Path.Combine(work, "form.json")]));
            Assert.Equal(0, await Tool(["seal", "--tender", s.TenderId, "--bidder", bidder, "--form", Path.Combine(work, "form.json"),
                "--attach", Path.Combine(work, "方案.txt"), "--out", Path.Combine(work, "bid.thse"), .. online]));
            Assert.Equal(0, await Tool(["self-test", "--tender", s.TenderId, Path.Combine(work, "bid.thse"), .. online]));
            Assert.Equal(0, await Tool(["upload", "--tender", s.TenderId, "--key", key, "--chunk-size", "1KiB", Path.Combine(work, "bid.thse"), .. online]));
            Assert.Equal(0, await Tool(["verify-receipt", "--envelope", Path.Combine(work, "bid.thse"), .. online]));

            var receipt = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "bid.thse.receipt.json"))).RootElement;
            var mine = await TenderScenario.Read(await platform.ClientAs(Roles.Bidder, bidder).GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
            Assert.Equal(receipt.GetProperty("envelopeSha256").GetString(), mine.GetProperty("current").GetProperty("envelopeSha256").GetString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<int> Tool(string[] args)
    {
        var (code, output) = await ParticipantTool.RunAsync(platform, args);
        Assert.True(code == 0, $"{string.Join(' ', args.Take(1))}: exit {code}\n{output}");
        return code;
    }
}
