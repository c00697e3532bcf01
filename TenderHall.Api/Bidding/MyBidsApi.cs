using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;

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

    private static async Task<Ok<IReadOnlyList<MyBid>>> List(HttpContext context, IGrainFactory grains, IBidIntake intake)
    {
        var actor = context.ToActor();
        if (!FeeOrderIds.IsPart(actor.OrganizationId)) return TypedResults.Ok<IReadOnlyList<MyBid>>([]);
        // The payer's own orders name the tenders it bought documents for; a refunded order (a terminated tender,
        // BLR 31) still shows: the bidder held the documents.
        var orders = await DirectoryIndexes.AllIds(grains, FeeOrderIds.PayerIndex(actor.OrganizationId!));
        var tenders = orders.Select(id => FeeOrderIds.TryParse(id, out var purpose, out var subject, out _) && purpose == FeePurpose.DocumentFee ? (id, subject) : default)
            .Where(o => o.id is not null);
        var rows = await Task.WhenAll(tenders.Select(async o =>
        {
            var order = await grains.GetGrain<IFeeOrderGrain>(o.id).Get();
            if (order is not { Status: FeeOrderStatus.Paid or FeeOrderStatus.Refunded }) return null;
            if (await grains.GetGrain<ITenderGrain>(o.subject).Get() is not { } tender) return null;
            var bid = await intake.Status(o.subject, actor);
            return new MyBid(o.subject, tender.Registration.Title, tender.Schedule?.BidDeadline, tender.Status,
                bid.Current?.EnvelopeSha256, bid.Current?.Index, bid.Current?.ReceivedAt, bid.Withdrawn);
        }));
        return TypedResults.Ok<IReadOnlyList<MyBid>>([.. rows.OfType<MyBid>().OrderByDescending(r => r.BidDeadline)]);
    }
}
