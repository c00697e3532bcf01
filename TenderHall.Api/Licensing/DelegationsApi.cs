using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Licensing;

/// <summary>Chief representatives' delegations, granted by their department's head.</summary>
public static class DelegationsApi
{
    /// <summary>Maps <c>/api/v1/licensing/delegations/{departmentId}/{userName}</c>.</summary>
    public static IEndpointRouteBuilder MapDelegationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/licensing/delegations/{departmentId}/{userName}").WithTags("Licensing");
        api.MapPut("", Grant).RequireAuthorization(Policies.DepartmentHead)
            .WithSummary("The department head grants or replaces a chief representative's delegation: items, money limit, validity.");
        api.MapGet("", Get).RequireAuthorization(Policies.DepartmentHead).WithSummary("A chief representative's delegation.");
        return app;
    }

    private static async Task<Ok<ChiefDelegation>> Grant(string departmentId, string userName, DelegationBody body, IGrainFactory grains, HttpContext context)
    {
        var delegation = new ChiefDelegation
        {
            ItemCodes = CaseInput.List(body.ItemCodes, "itemCodes", 500),
            MaxAmountYuan = body.MaxAmountYuan,
            ValidFrom = body.ValidFrom ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "validFrom"), ("detail", "a date, e.g. 2026-01-01")),
            ValidUntil = body.ValidUntil ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "validUntil"), ("detail", "a date, e.g. 2026-12-31")),
        };
        return TypedResults.Ok(await grains.GetGrain<IChiefDelegationGrain>(ChiefDelegationKeys.Of(departmentId, userName)).Grant(delegation, context.ToActor()));
    }

    private static async Task<Ok<ChiefDelegation>> Get(string departmentId, string userName, IGrainFactory grains, HttpContext context)
    {
        var key = ChiefDelegationKeys.Of(departmentId, userName);
        if (context.ToActor().OrganizationId != departmentId)
            throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", key), ("department", departmentId));
        return TypedResults.Ok(await grains.GetGrain<IChiefDelegationGrain>(key).Get() ?? throw RuleViolationException.Of("LIC-DELEGATION-NONE", ("id", key)));
    }
}
