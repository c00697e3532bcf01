using TenderHall.Grains.Contracts.Complaints;

namespace TenderHall.Grains.Complaints;

/// <summary>Stored state of <see cref="ComplaintGrain"/>; evidence files live in the blob store, only their hashes are here.</summary>
public sealed class ComplaintState
{
    /// <summary>The case.</summary>
    public ComplaintView View { get; set; } = new();

    /// <summary>Clocks whose alarm was raised (timed checks may run twice).</summary>
    public List<string> Alarms { get; set; } = [];

    /// <summary>
    /// The tender suspension a supervisor ordered, written before the tender is told and cleared once it is paused (an outbox:
    /// a retry or the next activation carries it out; the tender pauses once per complaint).
    /// </summary>
    public ComplaintSuspension? Suspension { get; set; }
}
