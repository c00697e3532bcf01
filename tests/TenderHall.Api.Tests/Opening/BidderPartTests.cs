using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Envelopes;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Opening;

namespace TenderHall.Api.Tests.Opening;

[Collection(PlatformCollection.Name)]
public sealed class BidderPartTests(PlatformFactory platform)
{
    [Fact]
    public async Task Under_bidder_and_quorum_each_bidder_opens_its_own_bid_and_a_bidder_who_misses_the_limit_is_revoked()
    {
        var o = await OpeningScenario.Create(platform, bids: 3, policy: "BidderAndQuorum");
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
        foreach (var custodian in o.Tender.Custodians.Keys.Take(2)) TenderScenario.Ok(await o.HandOver(platform, custodian));
        var waiting = await o.View();
        Assert.Equal("AwaitingBidderParts", waiting.GetProperty("status").GetString());
        Assert.Empty(waiting.GetProperty("rows").EnumerateArray());

        foreach (var bidder in o.Bidders.Take(2))
        {
            var envelope = await bidder.Client.GetByteArrayAsync($"/api/v1/tenders/{o.Tender.TenderId}/envelopes/{bidder.Id}");
            var part = await SealedEnvelope.BidderPartAsync(new MemoryStream(envelope), bidder.EncryptionKey);
            var signature = bidder.Key.Sign(ShareSignature.BidderPartMessage(o.Tender.TenderId, bidder.Id, part));
            TenderScenario.Ok(await bidder.Client.PostAsJsonAsync($"{o.Url}/bidder-part", new { part = Convert.ToBase64String(part), signature = Convert.ToBase64String(signature) }));
        }

        Assert.Equal(2, (await o.View()).GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("outcome").GetString() == "Opened"));
        o.Tender.Advance(TimeSpan.FromMinutes(31));
        await o.Tender.Remind<IOpeningSessionGrain>("bidder-parts");
        var done = await o.View();
        Assert.Equal("RecordPublished", done.GetProperty("status").GetString());
        var late = done.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("bidderId").GetString() == o.Bidders[2].Id);
        Assert.Equal("RevokedByBidderFault", late.GetProperty("outcome").GetString());
    }
}
