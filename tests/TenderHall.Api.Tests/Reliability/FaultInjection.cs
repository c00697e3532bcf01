using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>Wires <see cref="StorageFaults"/> into a test platform: the grain storage and the blob store are wrapped, grain calls filtered.</summary>
public static class FaultInjection
{
    /// <summary>Wraps the platform's grain storage and blob store so <paramref name="faults"/> can fail their writes.</summary>
    public static void AddStorageFaults(this IServiceCollection services, StorageFaults faults)
    {
        services.AddSingleton(faults);
        var storage = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, StorageNames.Default));
        services.Remove(storage);
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Default, (sp, key) =>
            new FaultyGrainStorage((IGrainStorage)storage.KeyedImplementationFactory!(sp, key), faults));
        var blobs = services.Single(d => d.ServiceType == typeof(IBlobStore));
        services.Remove(blobs);
        services.AddSingleton<IBlobStore>(sp => new FaultyBlobStore((IBlobStore)blobs.ImplementationFactory!(sp), faults));
        services.AddSingleton<IOutgoingGrainCallFilter>(new FaultyCalls(faults));
    }
}
