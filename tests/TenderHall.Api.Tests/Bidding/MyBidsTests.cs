using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class MyBidsTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_bidder_lists_the_tenders_it_holds_documents_for_with_the_receipt_of_its_bid()
    {
        var bidding = new TenderScenario(platform);
        await bidding.Register();
        await bidding.Publish();
        using var bidder = await BidderKit.Join(bidding, platform.Services, "bidder-mine");
        using var submitted = await bidder.Submit(await bidder.Seal("100.00", "x"));
        var receipt = await TenderScenario.Read(submitted);
        var other = new TenderScenario(platform);
        await other.Register();
        await other.Publish();
        var holding = new TenderScenario(platform);
        await holding.Register();
        await holding.Publish();
        await holding.BuyDocuments(bidder.Id);

        var mine = await bidder.Client.GetFromJsonAsync<List<MyBidRow>>("/api/v1/bids/mine") ?? [];

        Assert.Equal(new[] { bidding.TenderId, holding.TenderId }.Order(StringComparer.Ordinal), mine.Select(b => b.TenderId).Order(StringComparer.Ordinal));
        var bid = mine.Single(b => b.TenderId == bidding.TenderId);
        Assert.Equal(receipt.GetProperty("envelopeSha256").GetString(), bid.EnvelopeSha256);
        Assert.Equal(receipt.GetProperty("index").GetInt64(), bid.LogIndex);
        Assert.Equal((await bidding.Tender()).GetProperty("status").GetString(), bid.TenderStatus);
        var held = mine.Single(b => b.TenderId == holding.TenderId);
        Assert.Null(held.EnvelopeSha256);
        Assert.False(held.Withdrawn);
    }

    private sealed record MyBidRow(string TenderId, string Title, string TenderStatus, string? EnvelopeSha256, long? LogIndex, bool Withdrawn);
}
