using TenderHall.Api.Experts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>The expert database and the draw: the centre's rules, its ECVRF key, the voice/SMS gateway and the endpoints.</summary>
public static class ExpertsHosting
{
    /// <summary>Registers the grains' expert services and the draw record's PDF and signature.</summary>
    public static WebApplicationBuilder AddExperts(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var services = builder.Services;
        services.AddTenderHallExperts(builder.Configuration, platform);
        services.AddSingleton<DrawRecordPdf>();
        services.AddSingleton<DrawRecordSignature>();
        return builder;
    }

    /// <summary>Maps the expert-database and draw endpoints.</summary>
    public static IEndpointRouteBuilder MapExperts(this IEndpointRouteBuilder app) => app.MapExpertDatabaseApi().MapDrawApi();
}
