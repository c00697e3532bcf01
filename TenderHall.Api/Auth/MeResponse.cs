namespace TenderHall.Api.Auth;

/// <summary>The signed-in user as the API sees them.</summary>
/// <param name="UserName">Subject of the token.</param>
/// <param name="Name">Display name.</param>
/// <param name="Roles">Roles in the token.</param>
/// <param name="OrganizationId">Organisation claim, if any.</param>
public sealed record MeResponse(string UserName, string? Name, IReadOnlyList<string> Roles, string? OrganizationId);
