using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tendering;

/// <summary>Tenders from registration to the bid deadline: <c>/api/v1/tenders</c>.</summary>
public static partial class TendersApi
{
    /// <summary>Maps the tender endpoints.</summary>
    public static IEndpointRouteBuilder MapTendersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders").WithTags("Tenders");
        api.MapGet("", List).AllowAnonymous().WithSummary("Public announcements, newest first; q searches title, lot and project code.");
        api.MapGet("/{id}", Get).AllowAnonymous().WithSummary("One tender (registered tenders are visible to their agency and supervisors only).");
        api.MapPost("", Register).RequireAuthorization(Policies.Agency).WithMetadata(new IdempotentAttribute())
            .WithSummary("Registers a tender of a project (进场登记).");
        api.MapPost("/{id}/publish", Publish).RequireAuthorization(Policies.Agency)
            .WithSummary("Publishes announcement, schedule and documents; the schedule is checked against BL 24, BLR 16 and GPR 31.");
        api.MapPost("/{id}/clarifications", Clarify).RequireAuthorization(Policies.Agency).WithMetadata(new IdempotentAttribute())
            .WithSummary("Publishes a clarification or amendment; less than 15 days before the deadline it moves the deadline (BL 23).");
        api.MapPost("/{id}/terminate", Terminate).RequireAuthorization(Policies.Agency)
            .WithSummary("Terminates the tender; fees and deposits are refunded (BLR 31).");
        api.MapPost("/{id}/objections/{objectionId}/answer", Answer).RequireAuthorization(Policies.Agency)
            .WithSummary("Answers an objection (BLR 22: within 3 days).");
        api.MapPost("/{id}/objections/{objectionId}/interest", ReviewInterest).RequireAuthorization(Policies.Agency)
            .WithSummary("Accepts or rejects the interest an objector who did not obtain the documents states (BLR 22); a rejection closes the objection.");
        api.MapPost("/{id}/suspend", Suspend).RequireAuthorization(Policies.Supervisor).WithSummary("Suspends the tender (BLR 62).");
        api.MapPost("/{id}/resume", Resume).RequireAuthorization(Policies.Supervisor).WithSummary("Resumes a suspended tender.");
        api.MapGet("/{id}/downloads", Downloads).RequireAuthorization(Policies.Supervisor)
            .WithSummary("Who downloaded the documents, when, from where (secret from everyone else, BL 22).");
        api.MapGet("/{id}/objections", Objections).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Objections: all for the agency and supervisors, one's own for a bidder.");
        MapBidderEndpoints(api);
        MapAgencyEndpoints(api);
        return app;
    }

    private static async Task<Ok<Page<TenderView>>> List(AnnouncementIndex announcements, IGrainFactory grains, string? q, int? skip, int? take)
    {
        var (s, t) = Paging.Check(skip, take);
        var (ids, total) = await announcements.Search(q, s, t);
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<ITenderGrain>(id).Get()));
        return TypedResults.Ok(new Page<TenderView>([.. views.OfType<TenderView>()], total, s, t));
    }

    private static async Task<Ok<TenderView>> Get(IGrainFactory grains, string id, HttpContext context)
    {
        var view = await grains.GetGrain<ITenderGrain>(id).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id));
        var actor = context.ToActor();
        // Before its announcement a tender is not public: only its agency and the supervisors see it.
        if (view.Status == TenderStatus.Registered && actor.OrganizationId != view.Registration.AgencyId && !actor.Is(Roles.Supervisor))
            throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id));
        return TypedResults.Ok(view);
    }

    private static async Task<Created<TenderView>> Register(TenderRegistration request, IGrainFactory grains, PlatformClock clock, HttpContext context)
    {
        RouteIds.Require(request.ProjectCode, "projectCode");
        var id = $"T{clock.UtcNow.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}";
        var view = await grains.GetGrain<ITenderGrain>(id).Register(request, context.ToActor());
        return TypedResults.Created($"/api/v1/tenders/{id}", view);
    }

    private static async Task<Ok<TenderView>> Publish(string id, PublishRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<ITenderGrain>(id).Publish(request, context.ToActor()));

    private static async Task<Ok<Clarification>> Clarify(string id, ClarifyRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<ITenderGrain>(id).Clarify(request, context.ToActor()));

    private static async Task<NoContent> Terminate(string id, TenderTextRequest request, IGrainFactory grains, HttpContext context)
    {
        await grains.GetGrain<ITenderGrain>(id).Terminate(request.Text, context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Answer(string id, string objectionId, TenderTextRequest request, IGrainFactory grains, HttpContext context)
    {
        await grains.GetGrain<ITenderGrain>(id).AnswerObjection(objectionId, request.Text, context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReviewInterest(string id, string objectionId, InterestReviewRequest request, IGrainFactory grains, HttpContext context)
    {
        var accepted = request.Accepted ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "accepted"), ("detail", "required"));
        await grains.GetGrain<ITenderGrain>(id).ReviewInterest(objectionId, accepted, request.Note ?? "", context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Suspend(string id, TenderTextRequest request, IGrainFactory grains, HttpContext context)
    {
        await grains.GetGrain<ITenderGrain>(id).Suspend(request.Text, context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Resume(string id, IGrainFactory grains, HttpContext context)
    {
        await grains.GetGrain<ITenderGrain>(id).Resume(context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<DocumentDownload>>> Downloads(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<ITenderGrain>(id).Downloads(context.ToActor()));

    private static async Task<Ok<IReadOnlyList<Objection>>> Objections(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<ITenderGrain>(id).Objections(context.ToActor()));
}
