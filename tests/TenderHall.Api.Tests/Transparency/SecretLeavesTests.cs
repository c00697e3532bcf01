using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Verifier;

namespace TenderHall.Api.Tests.Transparency;

[Collection(PlatformCollection.Name)]
public sealed class SecretLeavesTests(PlatformFactory platform)
{
    [Fact]
    public async Task Before_the_deadline_no_public_leaf_names_a_bid_or_an_address_and_after_the_opening_outsiders_check_the_bids_against_the_commitments()
    {
        var before = "";
        var o = await OpeningScenario.Create(platform, bids: 3, beforeDeadline: async (tender, _) =>
        {
            before = Encoding.UTF8.GetString((await Entries(tender.Anonymous)).SelectMany(e => e.GetProperty("data").GetBytesFromBase64()).ToArray());
            Assert.DoesNotContain("bid.received", before, StringComparison.Ordinal);
            Assert.DoesNotContain("\"address\"", before, StringComparison.Ordinal);
            Assert.DoesNotContain("tender.question-asked", before, StringComparison.Ordinal);
        });
        Assert.Contains("\"type\":\"commitment\"", before, StringComparison.Ordinal);
        await o.Open(platform);
        var view = (await o.Decrypted()).GetRawText();
        Assert.Equal(3, JsonDocument.Parse(view).RootElement.GetProperty("commitments").EnumerateArray().Count());

        var entries = JsonSerializer.Serialize(await Entries(o.Tender.Anonymous));
        var (verified, verdict) = await Verify(view, entries);
        Assert.True(verified == 0, verdict);
        // An opening that left a committed bid out is caught.
        var short1 = JsonNode.Parse(view)!;
        short1["rows"]!.AsArray().RemoveAt(0);
        Assert.Equal(1, (await Verify(short1.ToJsonString(), entries)).Code);
    }

    private static async Task<(int Code, string Verdict)> Verify(string opening, string entries)
    {
        var (openingFile, entriesFile) = (Path.GetTempFileName(), Path.GetTempFileName());
        await File.WriteAllTextAsync(openingFile, opening);
        await File.WriteAllTextAsync(entriesFile, entries);
        using var output = new StringWriter();
        using var http = new HttpClient();
        return (await VerifierCli.RunAsync(["verify-opening", openingFile, entriesFile], output, http), output.ToString());
    }

    private static async Task<List<JsonElement>> Entries(HttpClient client)
    {
        // Every stored entry, paged until a short page: the latest checkpoint may not cover the opening's entries yet.
        var all = new List<JsonElement>();
        for (long start = 0; ; start += 1000)
        {
            var page = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/entries?start={start}&end={start + 1000}")).EnumerateArray().ToList();
            all.AddRange(page);
            if (page.Count < 1000) return all;
        }
    }
}
