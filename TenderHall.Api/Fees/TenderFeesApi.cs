using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Fees;

/// <summary>
/// The fee ledger of its own tenders for an agency: the ledger (<c>/api/v1/fees/ledger</c>) is the centre's and the
/// supervisors', and a tender's orders name who bought its documents, so the agency reads sums only, after the deadline.
/// </summary>
public static class TenderFeesApi
{
    /// <summary>Maps <c>GET /api/v1/fees/tenders/{tenderId}/summary</c> on the fees group.</summary>
    public static void MapTenderFees(this RouteGroupBuilder fees) =>
        fees.MapGet("/tenders/{tenderId}/summary", Summary).RequireAuthorization(Policies.Agency)
            .WithSummary("The fees of a tender in sums per purpose (no payer named), for the agency running it, once the bid deadline has passed (BL 22).");

    private static async Task<Ok<TenderFeeSummary>> Summary(string tenderId, IGrainFactory grains, PlatformClock clock, HttpContext context)
    {
        var view = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        if (context.ToActor().OrganizationId != view.Registration.AgencyId) throw RuleViolationException.Of("TENDER-OWNER", ("id", tenderId));
        // BL 22: how many obtained the documents stays secret until the deadline; the sums would tell (fee × buyers).
        if (view.Schedule is { } schedule && clock.UtcNow < schedule.BidDeadline && view.Status != TenderStatus.Terminated)
            throw RuleViolationException.Of("FEE-TENDER-SECRET", ("id", tenderId), ("deadline", RuleValues.Beijing(schedule.BidDeadline)));
        var orders = await Orders(grains, tenderId);
        var lines = orders.Where(o => o.Payment is not null).GroupBy(o => (o.Purpose, o.Account)).OrderBy(g => g.Key.Purpose).Select(g =>
        {
            var collected = g.Sum(o => o.Payment!.AmountFen);
            var refunded = g.Sum(o => o.Refund?.PrincipalFen ?? 0);
            return new TenderFeeLine(g.Key.Purpose, g.Key.Account, g.Count(), collected, refunded, g.Sum(o => o.Refund?.InterestFen ?? 0), collected - refunded);
        }).ToList();
        return TypedResults.Ok(new TenderFeeSummary(tenderId, lines));
    }

    private static async Task<List<FeeOrder>> Orders(IGrainFactory grains, string tenderId)
    {
        var index = grains.GetGrain<IDirectoryIndexGrain>(FeeOrderIds.SubjectIndex(tenderId));
        var orders = new List<FeeOrder>();
        for (var skip = 0; ; skip += Common.Paging.MaxTake)
        {
            var page = await index.List(skip, Common.Paging.MaxTake);
            var loaded = await Task.WhenAll(page.Ids.Select(id => grains.GetGrain<IFeeOrderGrain>(id).Get()));
            orders.AddRange(loaded.OfType<FeeOrder>());
            if (page.Ids.Count < Common.Paging.MaxTake) return orders;
        }
    }
}
