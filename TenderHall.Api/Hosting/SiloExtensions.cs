using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>Hosts the Orleans silo inside the API process, with the profile's storage and the services its grains use.</summary>
public static class SiloExtensions
{
    /// <summary>Adds the silo, the blob store of the profile and the grains' services.</summary>
    public static WebApplicationBuilder AddPlatformSilo(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        // Registered before the silo, so it runs first: a second embedded instance stops here with what is taken.
        if (platform.Profile == StorageProfile.Embedded) builder.Services.AddHostedService(_ => new InstanceGuard(platform));
        builder.UseOrleans(silo => silo.AddTenderHallStorage(platform));
        builder.Services.AddTenderHallGrainServices(builder.Configuration, platform);
        return builder;
    }
}
