using TenderHall.Api.Auth;
using TenderHall.Api.Award;
using TenderHall.Api.Bidding;
using TenderHall.Api.Blobs;
using TenderHall.Api.Clock;
using TenderHall.Api.Complaints;
using TenderHall.Api.Documents;
using TenderHall.Api.Evaluation;
using TenderHall.Api.Gate;
using TenderHall.Api.Demo;
using TenderHall.Api.Fees;
using TenderHall.Api.Guarantees;
using TenderHall.Api.Hall;
using TenderHall.Api.Health;
using TenderHall.Api.Licensing;
using TenderHall.Api.Ratings;
using TenderHall.Api.Notifications;
using TenderHall.Api.Opening;
using TenderHall.Api.Registry;
using TenderHall.Api.Supervision;
using TenderHall.Api.Tendering;
using TenderHall.Api.Transparency;
using TenderHall.Grains.Hosting;
using TenderHall.Portal;

namespace TenderHall.Api.Hosting;

/// <summary>The whole platform in two calls, shared by the host, the benchmarks and anything else that runs it in-process.</summary>
public static class PlatformComposition
{
    /// <summary>Registers every part of the platform for <paramref name="platform"/>.</summary>
    public static WebApplicationBuilder AddTenderHall(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        builder.AddPlatformClock(platform);
        builder.AddPlatformSilo(platform);
        builder.AddPlatformAuth(platform);
        builder.AddPlatformApi(platform);
        builder.AddPlatformDomain(platform);
        builder.AddPlatformFees(platform);
        builder.AddPlatformGuarantees(platform);
        builder.AddGate();
        builder.Services.AddTransparencyLog(builder.Configuration, platform);
        builder.AddExperts(platform);
        builder.AddPortal();
        builder.AddSimulatedBank(platform);

        builder.Services.AddSingleton<Grains.Contracts.Hall.HallBoard>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DemoTenders>(sp, platform.DataDirectory));
        return builder;
    }

    /// <summary>The middleware pipeline and every endpoint.</summary>
    public static WebApplication MapTenderHall(this WebApplication app)
    {
        app.UsePlatformApi();
        app.MapHealthApi();
        app.MapAuthApi();
        app.MapCertificateSignInApi();
        app.MapAccountsApi();
        app.MapClockApi();
        app.MapDirectoryApi();
        app.MapExpertsApi();
        app.MapExperts();
        app.MapLicensingCatalogueApi();
        app.MapItemDirectoryApi();
        app.MapLicensingCasesApi();
        app.MapDelegationsApi();
        app.MapRatingsApi();
        app.MapLicensingMaterialsApi();
        app.MapGateApi();
        app.MapLicensingDesksApi();
        app.MapHallApi();
        app.MapPerformanceApi();
        app.MapBlobsApi();
        app.MapProjectsApi();
        app.MapTendersApi();
        app.MapMyObjectionsApi();
        app.MapObjectionEvidenceApi();
        app.MapCustodyApi();
        app.MapBidsApi();
        app.MapMyBidsApi();
        app.MapOpeningApi();
        app.MapAwardApi();
        app.MapComplaintsApi();
        app.MapEvaluationApi();
        app.MapDocumentsApi();
        app.MapNotificationsApi();
        app.MapFeesApi();
        app.MapGuaranteesApi();
        app.MapTransparencyApi();
        app.MapSupervisionApi();
        app.MapSimulatedBank();
        app.MapPortal();
        return app;
    }
}
