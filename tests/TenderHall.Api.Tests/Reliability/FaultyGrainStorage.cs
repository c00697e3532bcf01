using Orleans.Storage;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>Grain storage that passes everything to the real provider, failing the writes <see cref="StorageFaults"/> names.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        faults.Check(grainId.ToString(), committed: false);
        await inner.WriteStateAsync(stateName, grainId, grainState);
        faults.Check(grainId.ToString(), committed: true);
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        faults.Check(grainId.ToString(), committed: false);
        await inner.ClearStateAsync(stateName, grainId, grainState);
        faults.Check(grainId.ToString(), committed: true);
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
