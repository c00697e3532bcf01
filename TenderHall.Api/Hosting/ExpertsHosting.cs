using TenderHall.Api.Experts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Experts;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>The expert database and the draw: the centre's rules, its ECVRF key, the voice/SMS gateway and the endpoints.</summary>
public static class ExpertsHosting
{
    /// <summary>Registers the services; <c>TenderHall:Experts</c> holds the centre's configurable rules (<see cref="ExpertPolicy"/>).</summary>
    public static WebApplicationBuilder AddExperts(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var services = builder.Services;
        services.AddSingleton(builder.Configuration.GetSection(ExpertPolicy.Section).Get<ExpertPolicy>() ?? new ExpertPolicy());
        services.AddSingleton<RecusalFilter>();
        var key = DrawVrfKeyLoader.Load(platform, builder.Configuration);
        services.AddSingleton(key);
        services.AddSingleton(new DrawPublicKey(key.PublicKey));
        services.AddSingleton<SimulatedVoiceSmsGateway>();
        services.AddSingleton<IVoiceSmsGateway>(sp => sp.GetRequiredService<SimulatedVoiceSmsGateway>());
        services.AddSingleton<DrawRecordPdf>();
        services.AddSingleton<DrawRecordSignature>();
        return builder;
    }

    /// <summary>Maps the expert-database and draw endpoints.</summary>
    public static IEndpointRouteBuilder MapExperts(this IEndpointRouteBuilder app) => app.MapExpertDatabaseApi().MapDrawApi();
}
