using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Hosting;
using TenderHall.Api.OpenApi;
using TenderHall.Api.RateLimits;
using TenderHall.Api.Security;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Auth;

/// <summary>Sign-in endpoints: <c>/api/v1/auth</c>.</summary>
public static class AuthApi
{
    /// <summary>Maps the sign-in endpoints.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/token", SignIn).AllowAnonymous().NoStore()
            .WithMetadata(new RefusesAttribute(StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests))
            .WithSummary("Password sign-in for the embedded profile's accounts (refused in the cluster profile); repeated failures pause it (429 AUTH-RATE).");
        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn).WithSummary("Who the bearer token speaks for.");
        return app;
    }

    private static async Task<Ok<TokenResponse>> SignIn(SignInRequest request, IGrainFactory grains, PlatformOptions platform,
        AuthOptions auth, IServiceProvider services, SignInLimits limits, HttpContext context)
    {
        if (platform.Profile == StorageProfile.Cluster)
            throw RuleViolationException.Of("AUTH-PROFILE", ("authority", auth.Authority));
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64 || string.IsNullOrEmpty(request.Password))
            throw RuleViolationException.Of("AUTH-CREDENTIALS");
        // Counted before the password is checked, for existing and unknown user names alike.
        var attempt = await limits.BeginPassword(request.UserName, context);
        var account = await grains.GetGrain<IAccountGrain>(request.UserName).Verify(request.Password);
        if (account is null)
        {
            await limits.Failed(attempt);
            throw RuleViolationException.Of("AUTH-CREDENTIALS");
        }

        await limits.Succeeded(attempt);
        var (token, expiresIn) = services.GetRequiredService<TokenIssuer>().Issue(account);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn, account.Roles, account.OrganizationId));
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user, AuthOptions auth) =>
        TypedResults.Ok(new MeResponse(
            user.FindFirstValue("sub") ?? "",
            user.FindFirstValue("name"),
            [.. user.FindAll(auth.RoleClaim).Select(c => c.Value)],
            user.FindFirstValue(ClaimNames.Organization)));
}
