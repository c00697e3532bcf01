using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Api.Licensing;
using TenderHall.Api.RateLimits;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Gate;

/// <summary>
/// The gate on downstream procedures (docs/gate.md): any signed-in system checks a project's trade certificate; the provincial
/// government approves exemptions, which everyone can read.
/// </summary>
public static class GateApi
{
    /// <summary>Maps <c>/api/v1/gate</c>.</summary>
    public static IEndpointRouteBuilder MapGateApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/gate").WithTags("Gate");
        api.MapPost("/check", Check).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Checks a project's trade certificate (signature, log inclusion, project) or its exemption; a refusal is logged and alarmed. Limited per caller (429 GATE-RATE).");
        api.MapPost("/exemptions", Exempt).RequireAuthorization(Policies.ProvincialGovernment).WithMetadata(new IdempotentAttribute())
            .WithSummary("The provincial government exempts a project from trading in the centre; the exemption is logged and listed.");
        api.MapGet("/exemptions", List).AllowAnonymous().WithSummary("The projects the provincial government exempted.");
        api.MapGet("/exemptions/{projectCode}", Get).AllowAnonymous().WithSummary("A project's exemption.");
        return app;
    }

    private static async Task<Ok<GateVerdict>> Check(GateCheckBody body, IGrainFactory grains, GateLimits limits, HttpContext context)
    {
        var request = new GateCheckRequest { ProjectCode = GateInput.ProjectCode(body.ProjectCode), Certificate = GateInput.Certificate(body.Certificate), Channel = GateChannels.Check };
        var actor = context.ToActor();
        var attempt = await limits.Begin(actor.UserName);
        var verdict = await grains.GetGrain<ITradeGateGrain>(0).Check(request, actor);
        await limits.Settle(attempt, verdict.Passed);
        return TypedResults.Ok(verdict);
    }

    private static async Task<Created<GateExemption>> Exempt(GateExemptionBody body, IGrainFactory grains, HttpContext context)
    {
        var project = GateInput.ProjectCode(body.ProjectCode);
        var document = CaseInput.Text(body.ApprovalDocument, "approvalDocument", 200);
        var reason = CaseInput.Text(body.Reason, "reason");
        var exemption = await grains.GetGrain<IGateExemptionGrain>(project).Approve(document, reason, context.ToActor());
        return TypedResults.Created($"/api/v1/gate/exemptions/{Uri.EscapeDataString(project)}", exemption);
    }

    private static Task<Page<GateExemption>> List(IGrainFactory grains, int? skip, int? take) =>
        Paging.Load(grains, GateExemptionKeys.Index, skip, take, code => grains.GetGrain<IGateExemptionGrain>(code).Get());

    private static async Task<Ok<GateExemption>> Get(string projectCode, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IGateExemptionGrain>(projectCode).Get() ?? throw RuleViolationException.Of("GATE-EXEMPTION-NONE", ("project", projectCode)));
}
