using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Common;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Licensing;

/// <summary>The public catalogue of licensing items with their ten publicities (ALL 30, 59).</summary>
public static class LicensingCatalogueApi
{
    /// <summary>Maps <c>/api/v1/licensing/items</c>.</summary>
    public static IEndpointRouteBuilder MapLicensingCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/licensing/items").WithTags("Licensing");
        api.MapGet("", List).AllowAnonymous().WithSummary("Lists the licensing items handled in the hall.");
        api.MapGet("/{code}", Get).AllowAnonymous().WithSummary("One licensing item and its ten publicities, as in force today (its version and effective date).");
        return app;
    }

    private static Task<Page<LicensingItem>> List(IGrainFactory grains, int? skip, int? take) =>
        Paging.Load(grains, DirectoryIndexKeys.LicensingItems, skip, take, code => grains.GetGrain<ILicensingItemGrain>(code).Get());

    private static async Task<Ok<LicensingItem>> Get(IGrainFactory grains, string code) =>
        TypedResults.Ok(await grains.GetGrain<ILicensingItemGrain>(code).Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", code)));
}
