using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Registry;

/// <summary>The organisation directory: departments and agencies are public, bidders are not (BL 22 protects who takes part).</summary>
public static class DirectoryApi
{
    /// <summary>Maps <c>/api/v1/departments</c>, <c>/agencies</c>, <c>/bidders</c>, <c>/organizations</c>.</summary>
    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Directory");
        MapKind(api, "departments", OrganizationKind.Department, isPublic: true);
        MapKind(api, "agencies", OrganizationKind.Agency, isPublic: true);
        MapKind(api, "bidders", OrganizationKind.Bidder, isPublic: false);
        api.MapPost("/organizations", Register).RequireAuthorization(Policies.CentreAdmin).WithMetadata(new IdempotentAttribute())
            .WithSummary("Registers an organisation with the centre.");
        api.MapPost("/organizations/{id}/keys", AddKey).RequireAuthorization(Policies.SignedIn).WithMetadata(new IdempotentAttribute())
            .WithSummary("Adds (rotates) a public key; by the centre, or by the organisation's own users.");
        return app;
    }

    private static void MapKind(RouteGroupBuilder api, string path, OrganizationKind kind, bool isPublic)
    {
        var list = api.MapGet($"/{path}", (IGrainFactory grains, int? skip, int? take) => List(grains, kind, skip, take))
            .WithSummary($"Lists registered {path}.");
        var get = api.MapGet($"/{path}/{{id}}", (IGrainFactory grains, string id) => Get(grains, kind, id))
            .WithSummary($"One of the registered {path}.");
        foreach (var endpoint in new[] { list, get })
            if (isPublic) endpoint.AllowAnonymous();
            else endpoint.RequireAuthorization(Policies.DirectoryReader);
    }

    private static Task<Page<OrganizationProfile>> List(IGrainFactory grains, OrganizationKind kind, int? skip, int? take) =>
        Paging.Load(grains, DirectoryIndexKeys.Organizations(kind), skip, take, id => grains.GetGrain<IOrganizationGrain>(id).Get());

    private static async Task<Ok<OrganizationProfile>> Get(IGrainFactory grains, OrganizationKind kind, string id)
    {
        var profile = await grains.GetGrain<IOrganizationGrain>(id).Get();
        return profile is not null && profile.Kind == kind ? TypedResults.Ok(profile) : throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", id));
    }

    private static async Task<Created<OrganizationProfile>> Register(OrganizationRequest request, IGrainFactory grains)
    {
        var profile = new OrganizationProfile
        {
            Kind = request.Kind,
            NameZh = request.NameZh ?? "",
            NameEn = request.NameEn ?? "",
            CreditCode = request.CreditCode ?? "",
            ContactEmail = request.ContactEmail,
            Keys = [.. (request.Keys ?? []).Select(ToRecord)],
        };
        if (string.IsNullOrWhiteSpace(request.Id)) throw RuleViolationException.Of("REQ-FIELD", ("field", "id"), ("detail", "required"));
        var stored = await grains.GetGrain<IOrganizationGrain>(request.Id).Register(profile);
        return TypedResults.Created($"/api/v1/{PathOf(stored.Kind)}/{stored.Id}", stored);
    }

    private static async Task<Ok<OrganizationProfile>> AddKey(string id, KeyRequest request, IGrainFactory grains, ClaimsPrincipal user)
    {
        // Only the centre or the organisation itself may change which keys speak for it.
        if (!user.IsInRole(Roles.CentreAdmin) && user.FindFirstValue(ClaimNames.Organization) != id)
            throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IOrganizationGrain>(id).AddKey(ToRecord(request)));
    }

    private static PublicKeyRecord ToRecord(KeyRequest key) => new()
    {
        Use = key.Use ?? "",
        Algorithm = key.Algorithm ?? "",
        SubjectPublicKeyInfo = key.SubjectPublicKeyInfo ?? "",
        CertificateSerial = key.CertificateSerial,
    };

    private static string PathOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Department => "departments",
        OrganizationKind.Agency => "agencies",
        _ => "bidders",
    };
}
