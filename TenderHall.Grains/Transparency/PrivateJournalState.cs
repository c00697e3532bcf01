using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>Stored state of <see cref="PrivateJournalGrain"/>.</summary>
public sealed class PrivateJournalState
{
    /// <summary>The entries kept so far.</summary>
    public List<PrivateLogEntry> Entries { get; set; } = [];
}
