using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Registry;

namespace TenderHall.Api.Bidding;

/// <summary><c>GET /api/v1/bids/mine</c>: the tenders the caller bought documents for, each with its bid and receipt (the Portal's "My bids").</summary>
public static class MyBidsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMyBidsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/bids/mine", List).WithTags("Bidding").RequireAuthorization(Policies.Bidder)
            .WithSummary("The tenders the caller holds documents for, newest deadline first, with the receipt of the bid that counts.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MyBid>>> List(HttpContext context, IGrainFactory grains, BidIntake intake)
    {
        var actor = context.ToActor();
        if (!FeeOrderIds.IsPart(actor.OrganizationId)) return TypedResults.Ok<IReadOnlyList<MyBid>>([]);
        // Document order ids are deterministic, so the published tenders are checked one order each; no per-bidder index
        // is kept. A refunded order (a terminated tender, BLR 31) still shows: the bidder held the documents.
        var index = await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Announcements).List(0, int.MaxValue);
        var rows = await Task.WhenAll(index.Ids.Select(async id =>
        {
            var order = await grains.GetGrain<IFeeOrderGrain>(FeeOrderIds.For(FeePurpose.DocumentFee, id, actor.OrganizationId!)).Get();
            if (order is not { Status: FeeOrderStatus.Paid or FeeOrderStatus.Refunded }) return null;
            if (await grains.GetGrain<ITenderGrain>(id).Get() is not { } tender) return null;
            var bid = await intake.Status(id, actor);
            return new MyBid(id, tender.Registration.Title, tender.Schedule?.BidDeadline, tender.Status,
                bid.Current?.EnvelopeSha256, bid.Current?.Index, bid.Current?.ReceivedAt, bid.Withdrawn);
        }));
        return TypedResults.Ok<IReadOnlyList<MyBid>>([.. rows.OfType<MyBid>().OrderByDescending(r => r.BidDeadline)]);
    }
}
