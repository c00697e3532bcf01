using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Guarantees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>A failed write answers 503 with Retry-After and changes nothing; the retry gives one durable result.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StorageFaultTests(PlatformFactory platform)
{
    private async Task<(TenderScenario Tender, BidderKit Bidder)> OpenTender(string prefix)
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        return (s, await BidderKit.Join(s, platform.Services, prefix));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bid_whose_box_write_fails_gets_no_receipt_and_its_retry_gets_one_receipt_and_one_log_leaf(bool lostAcknowledgement)
    {
        var (s, bidder) = await OpenTender("bidder-fb");
        using var _ = bidder;
        var envelope = await bidder.Seal("1234.00", "x");
        platform.Faults.FailWrite("th-bid-box", s.TenderId, afterCommit: lostAcknowledgement);

        await ProblemAssert.IsRetryLater(await bidder.Submit(envelope));
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("current").ValueKind);

        var receipt = await TenderScenario.Read(await bidder.Submit(envelope));
        var sha = Convert.ToHexStringLower(SHA256.HashData(envelope));
        Assert.Equal(sha, receipt.GetProperty("envelopeSha256").GetString());
        Assert.Equal(["bid.received"], await LoggedEvents.Journaled(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.TenderId, "envelopeSha256", sha));
        mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(receipt.GetProperty("index").GetInt64(), mine.GetProperty("current").GetProperty("index").GetInt64());
    }

    [Fact]
    public async Task A_bid_whose_private_journal_write_fails_after_its_append_is_retried_onto_the_commitment_already_logged()
    {
        var (s, bidder) = await OpenTender("bidder-fj");
        using var _ = bidder;
        var envelope = await bidder.Seal("77.00", "j");
        var before = await Commitments(s.Anonymous);
        // The sequencer appends the commitment, then the journal that keeps its salt fails: before, the salt was lost with
        // it, and the retry logged the bid under a second commitment.
        platform.Faults.FailWrite("th-private-journal", s.TenderId);

        await ProblemAssert.IsRetryLater(await bidder.Submit(envelope));
        var receipt = await TenderScenario.Read(await bidder.Submit(envelope));

        var sha = Convert.ToHexStringLower(SHA256.HashData(envelope));
        Assert.Equal([receipt.GetProperty("index").GetInt64()], (await Commitments(s.Anonymous)).Except(before));
        Assert.Equal(["bid.received"], await LoggedEvents.Journaled(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.TenderId, "envelopeSha256", sha));
    }

    private static async Task<List<long>> Commitments(HttpClient anonymous) =>
        [.. (await LoggedEvents.Leaves(anonymous)).Where(l => l.Leaf.GetProperty("type").GetString() == "commitment").Select(l => l.Index)];

    [Fact]
    public async Task A_bid_whose_envelope_cannot_be_stored_gets_503_and_its_retry_a_receipt()
    {
        var (s, bidder) = await OpenTender("bidder-fe");
        using var _ = bidder;
        var envelope = await bidder.Seal("99.00", "y");
        platform.Faults.FailBlobPut();
        await ProblemAssert.IsRetryLater(await bidder.Submit(envelope));
        Assert.Equal(HttpStatusCode.Created, (await bidder.Submit(envelope)).StatusCode);
    }

    [Fact]
    public async Task A_withdrawal_whose_write_fails_changes_nothing_and_its_retry_withdraws_once()
    {
        var (s, bidder) = await OpenTender("bidder-fw");
        using var _ = bidder;
        var envelope = await bidder.Seal("5.00", "z");
        TenderScenario.Ok(await bidder.Submit(envelope));
        platform.Faults.FailWrite("th-bid-box", s.TenderId);
        await ProblemAssert.IsRetryLater(await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/withdraw", null));
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.False(mine.GetProperty("withdrawn").GetBoolean());

        TenderScenario.Ok(await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/withdraw", null));
        TenderScenario.Ok(await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/withdraw", null));
        var sha = Convert.ToHexStringLower(SHA256.HashData(envelope));
        Assert.Equal(["bid.received", "bid.withdrawn"], await LoggedEvents.Journaled(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.TenderId, "envelopeSha256", sha));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_guarantee_whose_write_fails_is_not_lodged_and_its_retry_lodges_it_once(bool lostAcknowledgement)
    {
        var (s, bidder) = await OpenTender("bidder-fg");
        using var _ = bidder;
        using var desk = new GuaranteeDesk(platform);
        var view = await s.Tender();
        var body = desk.Body(s.TenderId, view.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset(),
            view.GetProperty("registration").GetProperty("depositFen").GetInt64(), "BG-F1");
        platform.Faults.FailWrite("th-guarantee", bidder.Id, afterCommit: lostAcknowledgement);

        await ProblemAssert.IsRetryLater(await GuaranteeDesk.Lodge(bidder.Client, body));
        if (!lostAcknowledgement)
            Assert.Equal(HttpStatusCode.NotFound, (await bidder.Client.GetAsync("/api/v1/guarantees/" + Uri.EscapeDataString(Grains.Contracts.Guarantees.GuaranteeIds.For(s.TenderId, bidder.Id)))).StatusCode);

        var letter = GuaranteeDesk.Letter(await TenderScenario.Read(await GuaranteeDesk.Lodge(bidder.Client, body)));
        Assert.Equal(["guarantee.lodged"], await GuaranteeDesk.LoggedTypes(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.TenderId, letter.LetterSha256));
    }

    [Fact]
    public async Task A_fee_order_whose_write_fails_is_not_opened_and_its_retry_opens_one()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var payer = "bidder-ff-" + Guid.NewGuid().ToString("N")[..6];
        using var client = s.Bidder(payer);
        var saleStart = (await s.Tender()).GetProperty("schedule").GetProperty("saleStart").GetDateTimeOffset();
        if (s.Now < saleStart) s.Advance(saleStart - s.Now);
        var order = new { purpose = "DocumentFee", subjectId = s.TenderId, amountFen = 30_000 };
        platform.Faults.FailWrite("th-fee-order", payer);

        await ProblemAssert.IsRetryLater(await client.PostAsJsonAsync("/api/v1/fees/orders", order));
        var opened = await TenderScenario.Read(await client.PostAsJsonAsync("/api/v1/fees/orders", order));
        var again = await TenderScenario.Read(await client.PostAsJsonAsync("/api/v1/fees/orders", order));
        Assert.Equal(opened.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal("AwaitingPayment", opened.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_publication_whose_tender_write_fails_leaves_the_tender_unpublished_and_its_retry_publishes_once()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var before = await LoggedEvents.Types(s.Anonymous, "tender/" + s.TenderId);
        // Arms the fault after the tender's timed transitions ran, so the write that fails is the publication's.
        TenderScenario.Ok(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"));
        platform.Faults.FailWrite("th-tender", s.TenderId);

        await ProblemAssert.IsRetryLater(await s.TryPublish());
        Assert.Equal("Registered", (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());
        Assert.Equal(before, await LoggedEvents.Types(s.Anonymous, "tender/" + s.TenderId));

        TenderScenario.Ok(await s.TryPublish());
        var after = await LoggedEvents.Types(s.Anonymous, "tender/" + s.TenderId);
        Assert.Equal(after.Distinct().Count(), after.Count);
    }
}
