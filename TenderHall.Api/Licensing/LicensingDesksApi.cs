using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Licensing;

/// <summary>The officers' desks: what waits for the caller's department.</summary>
public static class LicensingDesksApi
{
    /// <summary>Maps <c>/api/v1/licensing/desks</c>.</summary>
    public static IEndpointRouteBuilder MapLicensingDesksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/licensing/desks").WithTags("Licensing");
        api.MapGet("/sub-cases", SubCases).RequireAuthorization(Policies.LicensingDesk)
            .WithSummary("The joint cases (联办件) with a sub-case at the caller's department, by case number, with every department's part and limit.");
        api.MapGet("/cases", Cases).RequireAuthorization(Policies.LicensingDesk)
            .WithSummary("The open immediate, committed and composite-window cases of the caller's department or window, the nearest clock first.");
        return app;
    }

    private static Task<Page<CaseView>> Cases(IGrainFactory grains, HttpContext context, int? skip, int? take) =>
        CaseDesk.Load(grains, Department(context), skip, take);

    private static Task<Page<CaseView>> SubCases(IGrainFactory grains, HttpContext context, int? skip, int? take) =>
        Paging.Load(grains, LicensingDeskKeys.SubCases(Department(context)), skip, take, number => grains.GetGrain<ILicensingCaseGrain>(number).Get());

    private static string Department(HttpContext context) =>
        context.ToActor().OrganizationId ?? throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", "-"), ("department", "-"));
}
