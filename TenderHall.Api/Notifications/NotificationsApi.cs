using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Notifications;

/// <summary>
/// <c>GET /api/v1/notifications</c>: the caller's organisation outbox, read by the Portal and by gateways; and the outbox of a role
/// that acts for no single organisation (the centre's reviewers, the province's approvers), read by whoever holds it.
/// </summary>
public static class NotificationsApi
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/notifications", List).WithTags("Notifications").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Notifications of the caller's organisation after sequence number 'after'.");
        app.MapGet("/api/v1/notifications/roles/{role}", ListOfRole).WithTags("Notifications").RequireAuthorization(Policies.RoleInboxReader)
            .WithSummary("Notifications of a role the caller holds (CentreAdmin, ProvincialGovernment) after sequence number 'after'.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<Notification>>> List(IGrainFactory grains, HttpContext context, long? after, int? take)
    {
        var organization = context.ToActor().OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IInboxGrain>(organization).Since(after ?? 0, take ?? 100));
    }

    private static async Task<Ok<IReadOnlyList<Notification>>> ListOfRole(string role, IGrainFactory grains, HttpContext context, long? after, int? take)
    {
        if (!NotificationKeys.RoleInboxes.Contains(role, StringComparer.Ordinal)) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", "role " + role));
        if (!context.ToActor().Is(role)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IInboxGrain>(NotificationKeys.Role(role)).Since(after ?? 0, take ?? 100));
    }
}
