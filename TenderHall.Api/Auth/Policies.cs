using Microsoft.AspNetCore.Authorization;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Auth;

/// <summary>Named authorization policies; every endpoint declares one of these or allows anonymous access.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Centre administrators only.</summary>
    public const string CentreAdmin = "centre-admin";

    /// <summary>Those who may read non-public directory entries (bidders, experts): administrators and supervisors.</summary>
    public const string DirectoryReader = "directory-reader";

    /// <summary>Agencies (tenderees' representatives).</summary>
    public const string Agency = "agency";

    /// <summary>Bidders.</summary>
    public const string Bidder = "bidder";

    /// <summary>Supervisors.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Registers the policies; anything without a declared policy requires sign-in.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(CentreAdmin, p => p.RequireRole(Roles.CentreAdmin));
        options.AddPolicy(DirectoryReader, p => p.RequireRole(Roles.CentreAdmin, Roles.Supervisor));
        options.AddPolicy(Agency, p => p.RequireRole(Roles.Agency));
        options.AddPolicy(Bidder, p => p.RequireRole(Roles.Bidder));
        options.AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor));
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
