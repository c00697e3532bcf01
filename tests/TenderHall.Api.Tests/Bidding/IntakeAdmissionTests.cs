using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tests.Bidding;

/// <summary>
/// What does not need the body is checked before a byte of it is read, for a whole bid and for a resumable upload. The
/// intake is handed a body that never ends (the test server would buffer one, so it is called directly): it can only
/// answer by refusing before reading.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IntakeAdmissionTests(PlatformFactory platform)
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(60);

    private IBidIntake Intake => platform.Services.GetRequiredService<IBidIntake>();

    private static Actor BidderActor(string organizationId) => new("user-" + organizationId, organizationId, [Roles.Bidder], null);

    private async Task<string> Refusal(Func<IBidIntake, Task> call)
    {
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => call(Intake).WaitAsync(Answer));
        return refused.Rule;
    }

    private Task<string> SubmitEndless(string organizationId, string tenderId, string? signature) =>
        Refusal(intake => intake.Submit(tenderId, BidderActor(organizationId), new EndlessBody(), signature, null, CancellationToken.None));

    [Fact]
    public async Task A_bid_for_an_unknown_tender_without_documents_or_without_a_signature_is_refused_unread()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var holder = await BidderKit.Join(s, platform.Services, "bidder-ad");
        var strangerId = "bidder-nd-" + Guid.NewGuid().ToString("N")[..6];
        using var stranger = s.Bidder(strangerId);
        var signature = Convert.ToBase64String(new byte[64]);

        Assert.Equal("TENDER-NOT-FOUND", await SubmitEndless(holder.Id, "T-NO-SUCH-TENDER", signature));
        Assert.Equal("TENDER-HOLDER", await SubmitEndless(strangerId, s.TenderId, signature));
        Assert.Equal("EBM-26-SIGNATURE", await SubmitEndless(holder.Id, s.TenderId, null));
        await ProblemAssert.IsRule(await stranger.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = 1024 }), HttpStatusCode.Forbidden, "TENDER-HOLDER");
        await ProblemAssert.IsRule(await holder.Client.PostAsJsonAsync("/api/v1/tenders/T-NO-SUCH-TENDER/bids/uploads", new { size = 1024 }), HttpStatusCode.NotFound, "TENDER-NOT-FOUND");
    }

    [Fact]
    public async Task After_the_deadline_a_bid_and_the_start_of_an_upload_are_refused_unread()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-dl");
        var start = await TenderScenario.Read(await bidder.Client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = 1024 }));
        var deadline = (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        s.Advance(deadline - s.Now);

        Assert.Equal("BID-LATE", await SubmitEndless(bidder.Id, s.TenderId, bidder.Sign([1])));
        await ProblemAssert.IsRule(await bidder.Client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = 1024 }), HttpStatusCode.Conflict, "BID-LATE");
        Assert.Equal("BID-LATE", await Refusal(intake =>
            intake.AppendChunk(s.TenderId, start.GetProperty("uploadId").GetString()!, BidderActor(bidder.Id), 0, new EndlessBody(), CancellationToken.None)));
    }
}
