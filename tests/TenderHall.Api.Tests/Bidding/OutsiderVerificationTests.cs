using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Verifier;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class OutsiderVerificationTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_outsider_verifies_a_bid_receipt_with_public_data_only_and_a_forged_receipt_fails()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-ov");
        using var response = await bidder.Submit(await bidder.Seal("4321.00", "x"));
        var receipt = await response.Content.ReadAsStringAsync();
        var key = (await TenderScenario.Read(await s.Anonymous.GetAsync("/api/v1/transparency/key"))).GetProperty("verifierKey").GetString()!;

        var work = Directory.CreateTempSubdirectory("outsider-").FullName;
        try
        {
            var file = Path.Combine(work, "receipt.json");
            await File.WriteAllTextAsync(file, receipt);
            Assert.Equal((0, true), await Verify(file, key));

            // Someone edits the signed receipt to name another envelope: the note's signature no longer holds.
            var forged = JsonNode.Parse(receipt)!;
            forged["receipt"] = forged["receipt"]!.GetValue<string>().Replace("envelope ", "envelope 0", StringComparison.Ordinal);
            await File.WriteAllTextAsync(file, forged.ToJsonString());
            Assert.Equal((1, false), await Verify(file, key));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<(int, bool)> Verify(string file, string key)
    {
        var output = new StringWriter();
        var code = await VerifierCli.RunAsync(["verify-inclusion", "--key", key, file], output, new HttpClient());
        return (code, output.ToString().Contains("VERIFIED: the entry", StringComparison.Ordinal));
    }
}
