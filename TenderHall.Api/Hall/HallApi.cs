using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.OpenApi;
using TenderHall.Api.RateLimits;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Hall;

/// <summary>Around the hall: queue tickets per window (排号), the officers' calls, visit ratings (一次一评), the board, major projects (特事特办).</summary>
public static class HallApi
{
    /// <summary>Maps <c>/api/v1/hall</c>.</summary>
    public static IEndpointRouteBuilder MapHallApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/hall").WithTags("Hall");
        var window = api.MapGroup("/windows/{windowId}");
        window.MapPost("/tickets", Take).AllowAnonymous().WithMetadata(new RefusesAttribute(StatusCodes.Status429TooManyRequests))
            .WithSummary("A visitor takes today's ticket at a window (kiosk or phone): its number, how many wait, and the rating code printed once; no personal data. Limited per address and per signed-in account (429 HALL-TICKET-RATE).");
        window.MapGet("/tickets/{code}", Ticket).AllowAnonymous().WithSummary("Today's ticket by its code: status, counter when called, how many wait before it.");
        window.MapGet("/queue", Desk).RequireAuthorization(Policies.WindowOfficer).WithSummary("The window's queue today for its officers: every ticket, fast-track first in the call order.");
        window.MapPost("/queue/next", CallNext).RequireAuthorization(Policies.WindowOfficer)
            .WithSummary("Calls the next ticket to a counter: the oldest fast-track (特事特办) ticket, else the oldest regular one.");
        window.MapPost("/tickets/{code}/recall", Recall).RequireAuthorization(Policies.WindowOfficer).WithSummary("Calls a called ticket again.");
        window.MapPost("/tickets/{code}/no-show", NoShow).RequireAuthorization(Policies.WindowOfficer).WithSummary("Marks a called ticket absent.");
        window.MapPost("/tickets/{code}/service", Serve).RequireAuthorization(Policies.WindowOfficer).WithSummary("Marks a called ticket served: its visit may be rated once.");
        window.MapPost("/tickets/{code}/rating", Rate).AllowAnonymous()
            .WithSummary("Rates a served visit once with the ticket's rating code (一次一评, 国办发〔2019〕51号); a bad rating opens the same follow-up as a case's.");
        api.MapGet("/board", Board).AllowAnonymous()
            .WithSummary("The hall board: numbers called, cases by status, today's openings and draws; only what is public, cached for 10 seconds.");
        api.MapPut("/major-projects/{projectCode}", Mark).RequireAuthorization(Policies.CentreAdmin)
            .WithSummary("The centre marks a project major (or takes the mark off): its tickets and cases go to the fast-track window (特事特办).");
        return app;
    }

    private static async Task<Created<TicketReceipt>> Take(string windowId, TicketBody? body, IGrainFactory grains, PlatformClock clock, TicketLimits limits, HttpContext context)
    {
        var request = new TicketRequest { ItemCode = Optional(body?.ItemCode, "itemCode"), ProjectCode = Optional(body?.ProjectCode, "projectCode") };
        await limits.Count(context);
        var receipt = await Queue(grains, clock, windowId).Take(request);
        return TypedResults.Created($"/api/v1/hall/windows/{Uri.EscapeDataString(windowId)}/tickets/{receipt.Ticket.Code}", receipt);
    }

    private static async Task<Ok<QueueTicket>> Ticket(string windowId, string code, IGrainFactory grains, PlatformClock clock) =>
        TypedResults.Ok(await Queue(grains, clock, windowId).Ticket(code));

    private static async Task<Ok<WindowQueueView>> Desk(string windowId, IGrainFactory grains, PlatformClock clock, HttpContext context) =>
        TypedResults.Ok(await Queue(grains, clock, windowId).Desk(context.ToActor()));

    private static async Task<Ok<QueueTicket>> CallNext(string windowId, CallBody body, IGrainFactory grains, PlatformClock clock, HttpContext context)
    {
        var counter = body.Counter?.Trim() is { Length: > 0 and <= 20 } c ? c : throw RuleViolationException.Of("REQ-FIELD", ("field", "counter"), ("detail", "1-20 characters"));
        return TypedResults.Ok(await Queue(grains, clock, windowId).CallNext(counter, context.ToActor()));
    }

    private static async Task<Ok<QueueTicket>> Recall(string windowId, string code, IGrainFactory grains, PlatformClock clock, HttpContext context) =>
        TypedResults.Ok(await Queue(grains, clock, windowId).Recall(code, context.ToActor()));

    private static async Task<Ok<QueueTicket>> NoShow(string windowId, string code, IGrainFactory grains, PlatformClock clock, HttpContext context) =>
        TypedResults.Ok(await Queue(grains, clock, windowId).NoShow(code, context.ToActor()));

    private static async Task<Ok<QueueTicket>> Serve(string windowId, string code, IGrainFactory grains, PlatformClock clock, HttpContext context) =>
        TypedResults.Ok(await Queue(grains, clock, windowId).Serve(code, context.ToActor()));

    private static async Task<Ok<RatingView>> Rate(string windowId, string code, VisitRatingBody body, IGrainFactory grains)
    {
        var date = body.Date ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "date"), ("detail", "the Beijing day of the ticket, yyyy-MM-dd"));
        var secret = body.Secret?.Trim() is { Length: > 0 and <= 64 } s ? s : throw RuleViolationException.Of("REQ-FIELD", ("field", "secret"), ("detail", "the rating code printed on the ticket"));
        var level = body.Level is { } l && Enum.IsDefined(l) ? l
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "level"), ("detail", "VerySatisfied, Satisfied, Basic, Dissatisfied or VeryDissatisfied"));
        var rating = grains.GetGrain<IRatingGrain>(RatingKeys.OfVisit(windowId, date, code));
        return TypedResults.Ok(await rating.RateVisit(windowId, date, code, secret, level, body.Comment ?? ""));
    }

    private static async Task<Ok<BoardView>> Board(HallBoard board, HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=10";
        return TypedResults.Ok(await board.Current());
    }

    private static async Task<Ok<MajorProject>> Mark(string projectCode, MajorProjectBody body, IGrainFactory grains, HttpContext context)
    {
        var major = body.Major ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "major"), ("detail", "true or false"));
        return TypedResults.Ok(await grains.GetGrain<IMajorProjectGrain>(projectCode).Mark(major, body.Reason ?? "", context.ToActor()));
    }

    private static IWindowQueueGrain Queue(IGrainFactory grains, PlatformClock clock, string windowId) =>
        grains.GetGrain<IWindowQueueGrain>(HallKeys.Queue(windowId, BeijingTime.DateOf(clock.UtcNow)));

    private static string? Optional(string? value, string field) => value?.Trim() switch
    {
        null or "" => null,
        { Length: <= 64 } text => text,
        _ => throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "at most 64 characters")),
    };
}
