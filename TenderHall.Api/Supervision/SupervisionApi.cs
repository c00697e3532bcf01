using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Supervision;

/// <summary>The supervisors' alarm inbox (电子监察), for supervisors and centre administrators.</summary>
public static class SupervisionApi
{
    /// <summary>Maps <c>GET /api/v1/supervision/alarms</c>.</summary>
    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/supervision").WithTags("Supervision")
            .MapGet("/alarms", Alarms).RequireAuthorization(Policies.DirectoryReader)
            .WithSummary("The alarms of one day (yyyy-MM-dd, Beijing time; today when omitted), oldest first.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SupervisionAlarm>>> Alarms(IGrainFactory grains, PlatformClock clock, string? day)
    {
        var key = day ?? SupervisionAlarms.DayKey(clock.UtcNow);
        if (!DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "day"), ("detail", "a date as yyyy-MM-dd"));
        return TypedResults.Ok(await grains.GetGrain<ISupervisionAlarmsGrain>(key).List());
    }
}
