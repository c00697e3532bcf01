using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Idempotency;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Tests.Opening;

/// <summary>Issue 5 in the cluster profile: every API instance serves every tender's live feed, through the Redis backplane.</summary>
public sealed class OpeningBackplaneTests
{
    private const string OpeningSession = "th-opening-session";

    [Fact]
    public async Task A_watcher_on_another_instance_sees_the_opening_driven_through_the_first()
    {
        await using var cluster = await TwoInstances.Start(backplane: true);
        // The premise: the session lives on A's silo, so B's watcher can only hear it through Redis.
        Assert.True(cluster.A.Hosts(OpeningSession));
        Assert.False(cluster.B.Hosts(OpeningSession));
        // The session starts from the deadline alarm (BL 34), so B's watcher is there before the deadline passes.
        FeedWatcher? watching = null;
        var o = await OpeningScenario.Create(cluster.A, bids: 3, beforeDeadline: async (tender, _) => watching = await FeedWatcher.Watch(cluster.B, tender.TenderId));
        await using var watcher = watching!;

        await o.Open(cluster.A);
        var published = await watcher.Until("opening.record-published");

        Assert.Equal(
            ["opening.started", "opening.check-in", "opening.share-received", "opening.share-received", "opening.key-rebuilt",
             "opening.bid-decrypted", "opening.bid-decrypted", "opening.bid-decrypted", "opening.record-published"],
            watcher.Seen.Select(e => e.Type));
        Assert.All(watcher.Seen, e => Assert.Equal(o.Tender.TenderId, e.TenderId));
        var started = watcher.Seen[0];
        Assert.Equal("3", started.Data["bids"]);
        Assert.Equal(o.Bidders.Select(b => b.Id).Order(), started.Data["bidders"].Split(',').Order());
        // The prices B's watcher saw are the record A publishes.
        var record = await o.Decrypted();
        var rows = record.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("bidderId").GetString()!, r => r.GetProperty("price").GetString()!);
        var decrypted = watcher.Seen.Where(e => e.Type == "opening.bid-decrypted").ToDictionary(e => e.Data["bidder"], e => e.Data["price"]);
        Assert.Equal(rows.OrderBy(r => r.Key), decrypted.OrderBy(d => d.Key));
        Assert.Equal(["1000000.00", "1012345.00", "1024690.00"], o.Bidders.Select(b => decrypted[b.Id]));
        Assert.Equal("3", published.Data["bids"]);
    }

    [Fact]
    public async Task Without_the_backplane_a_watcher_on_another_instance_sees_nothing_of_the_opening()
    {
        await using var cluster = await TwoInstances.Start(backplane: false);
        var o = await OpeningScenario.Create(cluster.A, bids: 3);
        await using var onA = await FeedWatcher.Watch(cluster.A, o.Tender.TenderId);
        await using var onB = await FeedWatcher.Watch(cluster.B, o.Tender.TenderId);

        await o.Open(cluster.A);
        await onA.Until("opening.record-published");
        // B's own events still reach its watcher, so its connection works: the session simply never gets there.
        var probe = new OpeningFeedEvent(o.Tender.TenderId, "probe", o.Tender.Now, new Dictionary<string, string>());
        await cluster.B.Services.GetRequiredService<IOpeningFeed>().Publish(probe);
        await onB.Until("probe");

        Assert.Equal(["probe"], onB.Seen.Select(e => e.Type));
    }

    [Fact]
    public async Task An_idempotent_request_replayed_on_another_instance_returns_the_response_stored_by_the_first()
    {
        await using var cluster = await TwoInstances.Start(backplane: true);
        using var onA = cluster.A.ClientAs(Roles.CentreAdmin, userName: "admin-two-instances");
        using var onB = cluster.B.ClientAs(Roles.CentreAdmin, userName: "admin-two-instances");
        var body = IdempotencyTests.Expert("expert-two-" + Guid.NewGuid().ToString("N")[..8], "周强");
        var key = Guid.NewGuid().ToString();

        using var first = await IdempotencyTests.Post(onA, "/api/v1/experts", body, key);
        using var retry = await IdempotencyTests.Post(onB, "/api/v1/experts", body, key);

        Assert.IsType<FallbackIdempotencyStore>(cluster.B.Services.GetRequiredService<IIdempotencyStore>());
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
    }
}
