using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Opening;

[Collection(PlatformCollection.Name)]
public sealed class OpeningFeedTests(PlatformFactory platform)
{
    [Fact]
    public async Task Anyone_watching_sees_the_bidders_the_decryption_and_the_prices_live()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        await using var watcher = await FeedWatcher.Watch(platform, o.Tender.TenderId);

        await o.Open(platform);

        await watcher.Until("opening.record-published", seconds: 30);
        var seen = watcher.Seen;
        Assert.Contains(seen, e => e.Type == "opening.share-received");
        var decrypted = seen.Where(e => e.Type == "opening.bid-decrypted").ToList();
        Assert.Equal(3, decrypted.Count);
        Assert.Equal(o.Bidders.Select(b => b.Id).Order(), decrypted.Select(e => e.Data["bidder"]).Order());
        Assert.All(decrypted, e => Assert.False(string.IsNullOrEmpty(e.Data["price"])));
    }
}
