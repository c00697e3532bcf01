using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Notifications;

/// <summary><c>GET /api/v1/notifications</c>: the caller's organisation outbox, read by the Portal and by gateways.</summary>
public static class NotificationsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/notifications", List).WithTags("Notifications").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Notifications of the caller's organisation after sequence number 'after'.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<Notification>>> List(IGrainFactory grains, HttpContext context, long? after, int? take)
    {
        var organization = context.ToActor().OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IInboxGrain>(organization).Since(after ?? 0, take ?? 100));
    }
}
