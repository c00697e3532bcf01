using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Guarantees;

/// <summary>Stored state of <see cref="GuaranteeGrain"/>.</summary>
public sealed class GuaranteeState
{
    /// <summary>The current letter; null until one is lodged.</summary>
    public GuaranteeLetter? Letter { get; set; }

    /// <summary>Letters replaced before the deadline, oldest first.</summary>
    public List<GuaranteeLetter> Replaced { get; set; } = [];

    /// <summary>Events written with the state and not yet in the transparency log (an outbox: appended after every write).</summary>
    public List<LogEvent> PendingEvents { get; set; } = [];
}
