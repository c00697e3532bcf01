using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Licensing;

/// <summary>Licensing cases: application, acceptance, the clocks, the decision and the certificate (ALL 29-45).</summary>
public static class LicensingCasesApi
{
    /// <summary>Maps <c>/api/v1/licensing/cases</c>.</summary>
    public static IEndpointRouteBuilder MapLicensingCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/licensing/cases").WithTags("Licensing");
        api.MapPost("", Apply).RequireAuthorization(Policies.SignedIn).WithMetadata(new IdempotentAttribute())
            .WithSummary("Applies for an item with uploaded materials; the answer holds the case number and the receipt step.");
        api.MapGet("/{number}", Get).RequireAuthorization(Policies.SignedIn).WithSummary("The case, for its applicant and the deciding department.");
        api.MapGet("/{number}/progress", Progress).AllowAnonymous()
            .WithSummary("The public progress by case number: status, due date and dated steps, no personal data (ALL 40).");
        api.MapPost("/{number}/acceptance", Accept).RequireAuthorization(Policies.WindowOfficer).WithSummary("Accepts complete materials (ALL 32).");
        api.MapPost("/{number}/notice", Notice).RequireAuthorization(Policies.WindowOfficer)
            .WithSummary("Issues the one-time notice of everything missing (一次性告知, ALL 32).");
        api.MapPost("/{number}/materials", Supplement).RequireAuthorization(Policies.SignedIn).WithSummary("Adds the materials the notice asked for.");
        api.MapPost("/{number}/refusal", Refuse).RequireAuthorization(Policies.WindowOfficer)
            .WithSummary("Refuses an application outside the department's powers, with the reason (ALL 32).");
        api.MapPost("/{number}/review", Review).RequireAuthorization(Policies.LicensingReviewer).WithSummary("Records the review opinion.");
        api.MapPost("/{number}/clock-stop", StopClock).RequireAuthorization(Policies.LicensingReviewer)
            .WithSummary("Stops the clock for a hearing, testing or expert review, with a written notice (ALL 45).");
        api.MapPost("/{number}/clock-restart", RestartClock).RequireAuthorization(Policies.LicensingReviewer).WithSummary("Restarts the stopped clock.");
        api.MapPost("/{number}/extension", Extend).RequireAuthorization(Policies.ChiefRepresentative)
            .WithSummary("Extends the limit once by 10 working days (ALL 42), inside the chief representative's delegation.");
        api.MapPost("/{number}/decision", Decide).RequireAuthorization(Policies.ChiefRepresentative)
            .WithSummary("Grants or refuses the licence, inside the chief representative's delegation (ALL 37-38).");
        api.MapPost("/{number}/sub-cases/{departmentId}/decision", DecideSubCase).RequireAuthorization(Policies.ChiefRepresentative)
            .WithSummary("A department decides its part of a joint case (联办件, ALL 26), inside its chief representative's delegation.");
        api.MapPost("/{number}/sub-cases/{departmentId}/coordination", Coordinate).RequireAuthorization(Policies.CentreAdmin)
            .WithSummary("The centre records the minutes of the joint coordination meeting on a sub-case that passed its limit.");
        api.MapPost("/{number}/certificate", Certify).RequireAuthorization(Policies.WindowOfficer).WithSummary("Issues the certificate of a granted case (ALL 44).");
        api.MapGet("/{number}/documents/{sequence}", LicensingCaseDocuments.Pdf).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A step's dated document (receipt, notice, decision) as a PDF signed by the platform.");
        return app;
    }

    private static async Task<Created<CaseView>> Apply(CaseApplicationBody body, IGrainFactory grains, PlatformClock clock, HttpContext context)
    {
        var actor = context.ToActor();
        var atWindow = actor.Is(Roles.WindowOfficer);
        var application = new CaseApplication
        {
            ItemCode = CaseInput.Text(body.ItemCode, "itemCode", 64),
            Channel = atWindow ? CaseChannel.Window : CaseChannel.Online,
            ApplicantName = CaseInput.Text(body.ApplicantName, "applicantName", 200),
            ApplicantOrganizationId = atWindow ? body.ApplicantOrganizationId : actor.OrganizationId,
            Subject = CaseInput.Text(body.Subject, "subject", 500),
            AmountYuan = body.AmountYuan is < 0 ? throw RuleViolationException.Of("REQ-FIELD", ("field", "amountYuan"), ("detail", "not negative")) : body.AmountYuan,
            Materials = CaseInput.List(body.Materials, "materials"),
            ProjectCode = body.ProjectCode?.Trim() is { Length: > 0 } code ? code : null,
            ProjectKind = body.ProjectKind,
            TradeCertificate = Gate.GateInput.Certificate(body.TradeCertificate, "tradeCertificate"),
            WindowId = body.WindowId?.Trim() is { Length: > 0 } window ? window : null,
        };
        // Unguessable: the number alone opens the public progress, so it must not be enumerable.
        var number = $"L{BeijingTime.DateOf(clock.UtcNow):yyyyMMdd}{RandomNumberGenerator.GetHexString(10)}";
        var view = await grains.GetGrain<ILicensingCaseGrain>(number).Apply(application, actor);
        return TypedResults.Created($"/api/v1/licensing/cases/{number}", view);
    }

    private static async Task<Ok<CaseView>> Get(string number, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await LicensingCaseDocuments.Visible(number, grains, context));

    private static async Task<Ok<CaseProgress>> Progress(string number, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ILicensingCaseGrain>(number).Progress() ?? throw RuleViolationException.Of("LIC-CASE-NONE", ("id", number)));

    private static Task<Ok<CaseView>> Accept(string number, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.Accept(context.ToActor()));

    private static Task<Ok<CaseView>> Notice(string number, CaseNoticeBody body, IGrainFactory grains, HttpContext context)
    {
        var missing = CaseInput.List(body.Missing, "missing").Select(m => CaseInput.Text(m, "missing", 500)).ToList();
        return Act(number, grains, c => c.NotifyMissing(missing, context.ToActor()));
    }

    private static Task<Ok<CaseView>> Supplement(string number, CaseMaterialsBody body, IGrainFactory grains, HttpContext context)
    {
        var materials = CaseInput.List(body.Materials, "materials");
        return Act(number, grains, c => c.Supplement(materials, context.ToActor()));
    }

    private static Task<Ok<CaseView>> Refuse(string number, CaseTextBody body, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.RefuseOutsidePowers(CaseInput.Text(body.Text, "text"), context.ToActor()));

    private static Task<Ok<CaseView>> Review(string number, CaseTextBody body, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.Review(CaseInput.Text(body.Text, "text"), context.ToActor()));

    private static Task<Ok<CaseView>> StopClock(string number, CaseTextBody body, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.StopClock(CaseInput.Text(body.Text, "text"), context.ToActor()));

    private static Task<Ok<CaseView>> RestartClock(string number, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.RestartClock(context.ToActor()));

    private static Task<Ok<CaseView>> Extend(string number, CaseTextBody body, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.Extend(CaseInput.Text(body.Text, "text"), context.ToActor()));

    private static Task<Ok<CaseView>> Decide(string number, CaseDecisionBody body, IGrainFactory grains, HttpContext context)
    {
        var grant = body.Grant ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "grant"), ("detail", "true or false"));
        return Act(number, grains, c => c.Decide(grant, CaseInput.Text(body.Reason, "reason"), context.ToActor()));
    }

    private static Task<Ok<CaseView>> DecideSubCase(string number, string departmentId, CaseDecisionBody body, IGrainFactory grains, HttpContext context)
    {
        var grant = body.Grant ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "grant"), ("detail", "true or false"));
        return Act(number, grains, c => c.DecideSubCase(departmentId, grant, CaseInput.Text(body.Reason, "reason"), context.ToActor()));
    }

    private static Task<Ok<CaseView>> Coordinate(string number, string departmentId, CaseTextBody body, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.Coordinate(departmentId, CaseInput.Text(body.Text, "text"), context.ToActor()));

    private static Task<Ok<CaseView>> Certify(string number, IGrainFactory grains, HttpContext context) =>
        Act(number, grains, c => c.IssueCertificate(context.ToActor()));

    // A case that does not exist answers LIC-CASE-NONE from the grain, before any write.
    private static async Task<Ok<CaseView>> Act(string number, IGrainFactory grains, Func<ILicensingCaseGrain, Task<CaseView>> command) =>
        TypedResults.Ok(await command(grains.GetGrain<ILicensingCaseGrain>(number)));
}
