using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Hosting;
using TenderHall.Api.Idempotency;
using TenderHall.Api.OpenApi;
using TenderHall.Api.RateLimits;
using TenderHall.Api.Security;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Auth;

/// <summary>
/// Certificate sign-in (证书登录), as Chinese trading platforms use it: the organisation signs a one-time server
/// challenge with a registered signing key and gets a token for its role (embedded profile; the cluster uses its authority).
/// </summary>
public static class CertificateSignInApi
{
    /// <summary>Maps <c>/api/v1/auth/challenge</c> and <c>/api/v1/auth/certificate</c>.</summary>
    public static IEndpointRouteBuilder MapCertificateSignInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/challenge", Challenge).AllowAnonymous()
            .WithMetadata(new RefusesAttribute(StatusCodes.Status429TooManyRequests), new IdempotencyKeyRefusedAttribute("every request gets a fresh one-time challenge; a replayed one could already be used.")).WithSummary("A one-time challenge for an organisation's certificate key.");
        group.MapPost("/certificate", SignIn).AllowAnonymous().NoStore()
            .WithMetadata(new RefusesAttribute(StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests))
            .WithSummary("Signs in with a signature over the challenge; answers with a bearer token. Repeated failures pause it (429 AUTH-RATE).");
        return app;
    }

    private static async Task<Ok<SignInChallenge>> Challenge(ChallengeRequest request, IGrainFactory grains, PlatformOptions platform, AuthOptions auth,
        SignInLimits limits, HttpContext context)
    {
        if (platform.Profile == StorageProfile.Cluster) throw RuleViolationException.Of("AUTH-PROFILE", ("authority", auth.Authority));
        if (string.IsNullOrWhiteSpace(request.OrganizationId) || request.OrganizationId.Length > 64)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "organizationId"), ("detail", "1-64 characters"));
        await limits.CountChallenge(request.OrganizationId, context);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return TypedResults.Ok(await grains.GetGrain<ISignInChallengeGrain>(id).Issue(request.OrganizationId));
    }

    private static async Task<Ok<TokenResponse>> SignIn(CertificateSignInRequest request, IGrainFactory grains, PlatformOptions platform, AuthOptions auth, IServiceProvider services,
        SignInLimits limits, HttpContext context)
    {
        if (platform.Profile == StorageProfile.Cluster) throw RuleViolationException.Of("AUTH-PROFILE", ("authority", auth.Authority));
        // Challenge ids are 128-bit random and single-use: an unknown one is refused without counting against anyone.
        var challenge = string.IsNullOrWhiteSpace(request.ChallengeId) ? null : await grains.GetGrain<ISignInChallengeGrain>(request.ChallengeId).Consume();
        if (challenge is null) throw RuleViolationException.Of("AUTH-CERTIFICATE");
        var attempt = await limits.BeginCertificate(challenge.OrganizationId, context);
        var organization = await grains.GetGrain<IOrganizationGrain>(challenge.OrganizationId).Get();
        var key = Verify(organization, challenge, request.Signature);
        var role = organization?.Kind switch
        {
            OrganizationKind.Bidder => Roles.Bidder,
            OrganizationKind.Agency => Roles.Agency,
            _ => null,
        };
        if (key is null || role is null)
        {
            await limits.Failed(attempt);
            throw RuleViolationException.Of("AUTH-CERTIFICATE");
        }

        await limits.Succeeded(attempt);
        var account = new AccountInfo
        {
            UserName = $"{organization!.Id}:cert:{key.CertificateSerial ?? key.KeyId}", DisplayName = organization.NameZh, Roles = [role], OrganizationId = organization.Id,
        };
        var (token, expiresIn) = services.GetRequiredService<TokenIssuer>().Issue(account);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn, account.Roles, account.OrganizationId));
    }

    private static PublicKeyRecord? Verify(OrganizationProfile? organization, SignInChallenge challenge, string? signatureBase64) =>
        SigningKeys.Signed(organization, challenge.Message(), SigningKeys.Decode(signatureBase64));
}
