namespace TenderHall.Api.Auth;

/// <summary>A bearer token and who it speaks for.</summary>
/// <param name="AccessToken">The JWT to send as <c>Authorization: Bearer</c>.</param>
/// <param name="TokenType">Always <c>Bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="Roles">The account's roles.</param>
/// <param name="OrganizationId">The organisation the account acts for, if any.</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, IReadOnlyList<string> Roles, string? OrganizationId);
