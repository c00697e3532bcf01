using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Grains.Opening;

/// <summary>Stored state of <see cref="OpeningSessionGrain"/>.</summary>
public sealed class OpeningState
{
    /// <summary>Whether the session started.</summary>
    public bool Begun { get; set; }

    /// <summary>Whether the tender has settled a failure for want of bids (failed, refunded, released).</summary>
    public bool FailureSettled { get; set; }

    /// <summary>The public view, kept current.</summary>
    public OpeningView View { get; set; } = new();

    /// <summary>
    /// Shares submitted by custodians, base64 x‖y. They exist only after the deadline, only until decryption ends, and
    /// are kept so a silo that dies mid-session loses none; the rebuilt key itself is never stored.
    /// </summary>
    public Dictionary<string, string> Shares { get; set; } = [];
}
