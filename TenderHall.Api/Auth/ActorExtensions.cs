using System.Security.Claims;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Auth;

/// <summary>Turns the signed-in caller into the <see cref="Actor"/> grains check permissions against.</summary>
public static class ActorExtensions
{
    /// <summary>The caller as an actor, with the request's remote address (EBM 49).</summary>
    public static Actor ToActor(this HttpContext context)
    {
        var user = context.User;
        var roleClaim = context.RequestServices.GetRequiredService<AuthOptions>().RoleClaim;
        return new Actor(
            user.FindFirstValue("sub") ?? "anonymous",
            user.FindFirstValue(ClaimNames.Organization),
            [.. user.FindAll(roleClaim).Select(c => c.Value)],
            context.Connection.RemoteIpAddress?.ToString());
    }
}
