using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Hosting;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Auth;

/// <summary><c>POST /api/v1/accounts</c>: the centre creates password accounts (embedded profile; the cluster profile uses its identity provider).</summary>
public static class AccountsApi
{
    /// <summary>Maps the accounts endpoint.</summary>
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/accounts", Create).WithTags("Auth").RequireAuthorization(Policies.CentreAdmin)
            .WithMetadata(new IdempotentAttribute()).WithSummary("Creates a password account (embedded profile).");
        return app;
    }

    private static async Task<Created<AccountInfo>> Create(AccountRequest request, IGrainFactory grains, PlatformOptions platform, AuthOptions auth)
    {
        if (platform.Profile == StorageProfile.Cluster) throw RuleViolationException.Of("AUTH-PROFILE", ("authority", auth.Authority));
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 64 || !request.UserName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "userName"), ("detail", "1-64 letters, digits, '-', '_' or '.'"));
        var account = await grains.GetGrain<IAccountGrain>(request.UserName).Create(new AccountInfo
        {
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.UserName : request.DisplayName,
            Roles = [.. request.Roles ?? []],
            OrganizationId = request.OrganizationId,
        }, request.Password ?? "");
        return TypedResults.Created($"/api/v1/accounts/{account.UserName}", account);
    }
}
