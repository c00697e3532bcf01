using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Clock;

/// <summary><c>GET /api/v1/clock</c>: the server time every deadline is judged by.</summary>
public static class ClockApi
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Maps the clock endpoint.</summary>
    public static IEndpointRouteBuilder MapClockApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/clock", Now).AllowAnonymous().WithTags("Clock").WithSummary("The platform time deadlines are judged by.");
        return app;
    }

    private static Ok<ClockView> Now(PlatformClock clock)
    {
        var now = clock.UtcNow;
        return TypedResults.Ok(new ClockView(now, now.ToOffset(Beijing), clock.Factor));
    }
}
