using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Bidding;

/// <summary>Stored state of <see cref="BidBoxGrain"/>: hashes and sources only; envelopes live in the blob store, receipts in their own grains.</summary>
public sealed class BidBoxState
{
    /// <summary>Entries by bidder organisation.</summary>
    public Dictionary<string, BidEntry> Bids { get; set; } = [];

    /// <summary>Whether the opening sealed the box.</summary>
    public bool Sealed { get; set; }

    /// <summary>Log events written with the state and not yet known to be in the transparency log (the outbox).</summary>
    public List<LogEvent> Outbox { get; set; } = [];

    /// <summary>Collusion signals already raised, by signal key, so each is raised once.</summary>
    public List<string> Signals { get; set; } = [];
}
