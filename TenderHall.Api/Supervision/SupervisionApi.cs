using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.OpenApi;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Supervision;

/// <summary>The supervisors' alarm inbox (电子监察), for supervisors and centre administrators.</summary>
public static class SupervisionApi
{
    /// <summary>Maps <c>GET /api/v1/supervision/alarms</c> and <c>POST /api/v1/supervision/alarm-acknowledgements</c>.</summary>
    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/supervision").WithTags("Supervision");
        api.MapGet("/alarms", Alarms).RequireAuthorization(Policies.DirectoryReader)
            .WithSummary("The alarms of one day (yyyy-MM-dd, Beijing time; today when omitted), oldest first.");
        // The alarm is named in the body: its id holds slashes (tender/T-…/BLR-40-…), which a path segment would have to escape.
        api.MapPost("/alarm-acknowledgements", Acknowledge).RequireAuthorization(Policies.Supervisor).WithMetadata(new RefusesAttribute(StatusCodes.Status404NotFound))
            .WithSummary("A supervisor acknowledges an alarm of a day, with a note; durable and in the audit journal before the answer; the same note again changes nothing.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SupervisionAlarm>>> Alarms(IGrainFactory grains, PlatformClock clock, string? day) =>
        TypedResults.Ok(await grains.GetGrain<ISupervisionAlarmsGrain>(Day(day ?? SupervisionAlarms.DayKey(clock.UtcNow))).List());

    private static async Task<Ok<SupervisionAlarm>> Acknowledge(AcknowledgementRequest request, IGrainFactory grains, HttpContext context)
    {
        var alarm = string.IsNullOrWhiteSpace(request.AlarmId)
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", "alarmId"), ("detail", "required"))
            : request.AlarmId;
        return TypedResults.Ok(await grains.GetGrain<ISupervisionAlarmsGrain>(Day(request.Day)).Acknowledge(alarm, context.ToActor(), request.Note));
    }

    private static string Day(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? day!
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "day"), ("detail", "a date as yyyy-MM-dd"));
}
