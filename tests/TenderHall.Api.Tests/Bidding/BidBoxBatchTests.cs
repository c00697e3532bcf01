using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Bidding;

namespace TenderHall.Api.Tests.Bidding;

/// <summary>The bid box's group commit: one write per batch, each acceptance judged on its own, a failed write fails all.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BidBoxBatchTests(PlatformFactory platform)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);

    private static BidAcceptance Acceptance(string bidder, string sha, DateTimeOffset at) =>
        new() { Bid = new SealedBid(bidder, sha, 64, at), Deadline = Now.AddHours(1) };

    private static string Sha() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task A_batch_is_one_write_and_a_late_acceptance_in_it_is_refused_alone()
    {
        var tenderId = "batch-" + Guid.NewGuid().ToString("N")[..8];
        var box = platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IBidBoxGrain>(tenderId);
        var (first, second) = (Sha(), Sha());

        var outcomes = await box.Accept([Acceptance("b1", first, Now), Acceptance("b2", second, Now), Acceptance("b3", Sha(), Now.AddHours(1))]);

        Assert.Equal(first, outcomes[0].Result().Bid.EnvelopeSha256);
        Assert.Equal(second, outcomes[1].Result().Bid.EnvelopeSha256);
        Assert.Equal("BID-LATE", outcomes[2].Rule);
        Assert.Equal(1, platform.Faults.Committed("th-bid-box", tenderId));
        Assert.Null((await box.StandingOf("b3")).Current);

        // The same envelope again is answered as it stands, with its first instant of receipt, and writes nothing.
        var again = await box.Accept([Acceptance("b1", first, Now.AddMinutes(5))]);
        Assert.Equal(Now, again[0].Result().Bid.ReceivedAt);
        Assert.Equal(1, platform.Faults.Committed("th-bid-box", tenderId));
    }

    [Fact]
    public async Task A_batch_whose_write_fails_counts_none_of_its_bids()
    {
        var tenderId = "batch-" + Guid.NewGuid().ToString("N")[..8];
        var box = platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IBidBoxGrain>(tenderId);
        await box.Accept([Acceptance("b0", Sha(), Now)]);
        platform.Faults.FailWrite("th-bid-box", tenderId);

        await Assert.ThrowsAnyAsync<Exception>(() => box.Accept([Acceptance("b1", Sha(), Now), Acceptance("b2", Sha(), Now)]));

        Assert.Null((await box.StandingOf("b1")).Current);
        Assert.Null((await box.StandingOf("b2")).Current);
        Assert.NotNull((await box.StandingOf("b0")).Current);
    }
}
