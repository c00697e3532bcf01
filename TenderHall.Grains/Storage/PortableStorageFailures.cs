using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace TenderHall.Grains.Storage;

/// <summary>
/// Grain storage that turns the database driver's exceptions into <see cref="IOException"/>s. Npgsql's exceptions have no
/// Orleans codec: a grain whose activation could not read its state (PostgreSQL restarting) was rejected to a caller on
/// another silo as a <c>CodecNotFoundException</c>, answered 500. An <see cref="IOException"/> crosses silos and is
/// answered 503 PLATFORM-UNAVAILABLE with Retry-After like every storage failure.
/// </summary>
public sealed class PortableStorageFailures(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Wraps the grain storage provider registered as <paramref name="name"/>.</summary>
    public static void Wrap(IServiceCollection services, string name)
    {
        var provider = services.Last(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, name));
        services.Remove(provider);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => new PortableStorageFailures((IGrainStorage)provider.KeyedImplementationFactory!(sp, key)));
    }

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Portable(() => inner.ReadStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Portable(() => inner.WriteStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Portable(() => inner.ClearStateAsync(stateName, grainId, grainState));

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    private static async Task Portable(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (DbException e)
        {
            // The message keeps what failed; the driver's exception itself cannot travel.
            throw new IOException($"Grain storage failed: {e.GetType().Name}: {e.Message}");
        }
    }
}
