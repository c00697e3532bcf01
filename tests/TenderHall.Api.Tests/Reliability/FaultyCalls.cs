namespace TenderHall.Api.Tests.Reliability;

/// <summary>Fails a grain call armed in <see cref="StorageFaults"/> on the caller's side, before it reaches the target.</summary>
public sealed class FaultyCalls(StorageFaults faults) : IOutgoingGrainCallFilter
{
    /// <inheritdoc />
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        faults.Check($"{StorageFaults.CallPrefix}{context.TargetId.Type}/{context.TargetId.Key}", committed: false);
        return context.Invoke();
    }
}
