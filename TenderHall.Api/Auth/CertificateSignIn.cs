namespace TenderHall.Api.Auth;

/// <summary>A request for a sign-in challenge.</summary>
/// <param name="OrganizationId">The organisation whose certificate key will answer it.</param>
public sealed record ChallengeRequest(string OrganizationId);

/// <summary>The signed answer to a challenge.</summary>
/// <param name="ChallengeId">The challenge answered.</param>
/// <param name="Signature">Signature over the challenge message with a registered signing key, base64.</param>
public sealed record CertificateSignInRequest(string ChallengeId, string Signature);
