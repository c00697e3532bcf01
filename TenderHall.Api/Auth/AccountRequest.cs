namespace TenderHall.Api.Auth;

/// <summary>A new password account of the embedded profile.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="DisplayName">Name shown in the portal.</param>
/// <param name="Roles">Roles to grant.</param>
/// <param name="OrganizationId">Organisation (or expert id) the user acts for.</param>
/// <param name="Password">Initial password.</param>
public sealed record AccountRequest(string UserName, string DisplayName, IReadOnlyList<string>? Roles, string? OrganizationId, string Password);
