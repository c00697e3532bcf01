using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Ratings;

/// <summary>Service ratings (好差评, 国办发〔2019〕51号): rate a case once, follow bad ratings up, appeal, public results.</summary>
public static class RatingsApi
{
    /// <summary>Maps <c>/api/v1/ratings</c> and a case's <c>/api/v1/licensing/cases/{number}/rating</c>.</summary>
    public static IEndpointRouteBuilder MapRatingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/ratings").WithTags("Ratings");
        app.MapPost("/api/v1/licensing/cases/{number}/rating", RateCase).WithTags("Ratings").RequireAuthorization(Policies.SignedIn)
            .WithSummary("The applicant rates a decided case once on the five national levels (一事一评); a bad rating opens a follow-up with its limit.");
        api.MapGet("/results", Results).AllowAnonymous()
            .WithSummary("Public results per department (or per window with by=Window): counts per level, cases and hall visits, the satisfied rate, upheld appeals left out; no comments, no names.");
        api.MapGet("/{id}", Get).RequireAuthorization(Policies.SignedIn).WithSummary("A rating, for its rater, its department, the centre and supervision.");
        api.MapPost("/{id}/follow-up", FollowUp).RequireAuthorization(Policies.DepartmentStaff)
            .WithSummary("The department takes the next step of a bad rating's follow-up: verified, rectified, called back, recorded.");
        api.MapPost("/{id}/appeal", Appeal).RequireAuthorization(Policies.DepartmentStaff).WithSummary("The department appeals once against a bad rating it holds mistaken or malicious.");
        api.MapPost("/{id}/appeal/decision", Decide).RequireAuthorization(Policies.CentreAdmin)
            .WithSummary("The centre upholds the appeal (the rating leaves the public results) or rejects it.");
        return app;
    }

    private static async Task<Ok<RatingView>> RateCase(string number, RatingBody body, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IRatingGrain>(RatingKeys.OfCase(number)).RateCase(number, Level(body.Level), body.Comment ?? "", context.ToActor()));

    private static async Task<Ok<RatingView>> Get(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IRatingGrain>(id).Get(context.ToActor()));

    private static async Task<Ok<RatingView>> FollowUp(string id, FollowUpBody body, IGrainFactory grains, HttpContext context)
    {
        var step = body.Step is { } s && Enum.IsDefined(s) ? s : throw RuleViolationException.Of("REQ-FIELD", ("field", "step"), ("detail", "Verified, Rectified, CalledBack or Recorded"));
        return TypedResults.Ok(await grains.GetGrain<IRatingGrain>(id).FollowUp(step, body.Note ?? "", context.ToActor()));
    }

    private static async Task<Ok<RatingView>> Appeal(string id, ReasonBody body, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IRatingGrain>(id).Appeal(body.Reason ?? "", context.ToActor()));

    private static async Task<Ok<RatingView>> Decide(string id, AppealDecisionBody body, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IRatingGrain>(id).DecideAppeal(
            body.Upheld ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "upheld"), ("detail", "true or false")), body.Reason ?? "", context.ToActor()));

    private static async Task<Ok<IReadOnlyList<RatingTally>>> Results(IGrainFactory grains, string? by) => TypedResults.Ok(by switch
    {
        null or "Department" => await RatingResults.AllAsync(grains),
        "Window" => await RatingResults.WindowsAsync(grains),
        _ => throw RuleViolationException.Of("REQ-FIELD", ("field", "by"), ("detail", "Department or Window")),
    });

    private static RatingLevel Level(RatingLevel? level) =>
        level is { } l && Enum.IsDefined(l) ? l : throw RuleViolationException.Of("REQ-FIELD", ("field", "level"), ("detail", "VerySatisfied, Satisfied, Basic, Dissatisfied or VeryDissatisfied"));
}

/// <summary>A rating.</summary>
/// <param name="Level">One of the five national levels.</param>
/// <param name="Comment">The rater's words (at most 500 characters; never public).</param>
public sealed record RatingBody(RatingLevel? Level, string? Comment);

/// <summary>A follow-up step.</summary>
/// <param name="Step">The next step in order.</param>
/// <param name="Note">What was done (1-500 characters).</param>
public sealed record FollowUpBody(FollowUpStep? Step, string? Note);

/// <summary>An appeal.</summary>
/// <param name="Reason">Why the rating is mistaken or malicious (1-500 characters).</param>
public sealed record ReasonBody(string? Reason);

/// <summary>The centre's decision on an appeal.</summary>
/// <param name="Upheld">True to take the rating out of the public results.</param>
/// <param name="Reason">Why (1-500 characters).</param>
public sealed record AppealDecisionBody(bool? Upheld, string? Reason);
