using TenderHall.Api.Hosting.Silo;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Api.Hosting;

/// <summary>Hosts the Orleans silo inside the API process, with the profile's storage and blob store.</summary>
public static class SiloExtensions
{
    /// <summary>Adds the silo and the blob store of the profile.</summary>
    public static WebApplicationBuilder AddPlatformSilo(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        // Registered before the silo, so it runs first: a second embedded instance stops here with what is taken.
        if (platform.Profile == StorageProfile.Embedded) builder.Services.AddHostedService(_ => new InstanceGuard(platform));
        builder.UseOrleans(silo => silo.AddTenderHallStorage(platform));
        if (platform.Profile == StorageProfile.Cluster)
            builder.Services.AddSingleton<IBlobStore>(_ => new PostgresBlobStore(platform.PostgresConnectionString!));
        else
            builder.Services.AddSingleton<IBlobStore>(_ => new FileBlobStore(platform.DataDirectory));
        return builder;
    }
}
