using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Bidding;

/// <summary>The tender's public opening key (what bidders seal to) and each custodian's encrypted share.</summary>
public static class CustodyApi
{
    /// <summary>Maps <c>/api/v1/tenders/{id}/opening-key</c> and <c>/custody/share</c>.</summary>
    public static IEndpointRouteBuilder MapCustodyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders/{id}").WithTags("Bidding");
        api.MapGet("/opening-key", OpeningKey).AllowAnonymous()
            .WithSummary("The public opening key bids are sealed to, its suite, policy, threshold and custodians.");
        api.MapGet("/custody/share", Share).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The caller's organisation's encrypted share of the opening key (custodians only).");
        return app;
    }

    private static async Task<Ok<OpeningKeyView>> OpeningKey(string id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITenderCustodyGrain>(id).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id)));

    private static async Task<Ok<CustodianShare>> Share(string id, IGrainFactory grains, HttpContext context)
    {
        var organization = context.ToActor().OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<ITenderCustodyGrain>(id).ShareOf(organization));
    }
}
