using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>After failed writes and their retries, a restarted platform holds exactly what it answered before.</summary>
public sealed class RestartAfterFaultTests
{
    [Fact]
    public async Task A_receipted_bid_and_a_retried_check_in_survive_a_restart_with_one_log_leaf_each()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));
        OpeningScenario o;
        string bidderId = "", envelopeSha256 = "";
        long receiptIndex = 0;
        DateTimeOffset now;
        await using (var before = new PlatformFactory { DataDirectory = dataDirectory, KeepData = true })
        {
            o = await OpeningScenario.Create(before, bids: 2, beforeDeadline: async (tender, _) =>
            {
                using var bidder = await BidderKit.Join(tender, before.Services, "bidder-rs");
                var envelope = await bidder.Seal("42.00", "restart");
                // The box write commits but its acknowledgement is lost: the bidder is told to retry, and the retry is receipted once.
                before.Faults.FailWrite("th-bid-box", tender.TenderId, afterCommit: true);
                await ProblemAssert.IsRetryLater(await bidder.Submit(envelope));
                var receipt = await TenderScenario.Read(await bidder.Submit(envelope));
                (bidderId, envelopeSha256, receiptIndex) = (bidder.Id, Convert.ToHexStringLower(SHA256.HashData(envelope)), receipt.GetProperty("index").GetInt64());
            });

            before.Faults.FailWrite("th-opening-session", o.Tender.TenderId);
            await ProblemAssert.IsRetryLater(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
            Assert.Empty((await o.View()).GetProperty("attendance").EnumerateArray());
            TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
            Assert.Single((await o.View()).GetProperty("attendance").EnumerateArray());
            now = o.Tender.Now;
        }

        await using var after = new PlatformFactory { DataDirectory = dataDirectory };
        after.Clock.Advance(now - after.Clock.GetUtcNow());
        using var anonymous = after.ClientAs(null);
        Assert.Single((await TenderScenario.Read(await anonymous.GetAsync(o.Url))).GetProperty("attendance").EnumerateArray());
        Assert.Equal(3, (await TenderScenario.Read(await anonymous.GetAsync(o.Url))).GetProperty("bids").GetInt32());
        using var bidderClient = after.ClientAs(Grains.Contracts.Accounts.Roles.Bidder, bidderId, "user-" + bidderId);
        var mine = await TenderScenario.Read(await bidderClient.GetAsync($"/api/v1/tenders/{o.Tender.TenderId}/bids/mine"));
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("current").ValueKind);
        Assert.Equal(receiptIndex, mine.GetProperty("current").GetProperty("index").GetInt64());
        Assert.Equal(["bid.received"], await LoggedEvents.Journaled(after.Services.GetRequiredService<IGrainFactory>(), "tender/" + o.Tender.TenderId, "envelopeSha256", envelopeSha256));
    }
}
