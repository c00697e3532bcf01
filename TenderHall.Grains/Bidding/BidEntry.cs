using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Bidding;

/// <summary>One bidder's entry in the bid box: the bid that counts and where submissions came from.</summary>
public sealed class BidEntry
{
    /// <summary>The bid that counts; null when withdrawn.</summary>
    public SealedBid? Current { get; set; }

    /// <summary>Whether the bid was withdrawn.</summary>
    public bool Withdrawn { get; set; }

    /// <summary>Envelope hashes of replaced or withdrawn submissions.</summary>
    public List<string> Replaced { get; set; } = [];

    /// <summary>Addresses submissions came from (BLR 40 signals).</summary>
    public List<string> Addresses { get; set; } = [];

    /// <summary>Device fingerprints submissions came from.</summary>
    public List<string> Devices { get; set; } = [];

    /// <summary>The <c>bid.received</c> log event of <see cref="Current"/>, written with it (an outbox entry until logged).</summary>
    public LogEvent? Received { get; set; }

    /// <summary>Where the log holds <see cref="Received"/> (its index, and the salt of its commitment, BL 22) once known; null until then.</summary>
    public LogReceipt? ReceivedLog { get; set; }

    /// <summary>Certificate serial of the signing key used.</summary>
    public string? CertificateSerial { get; set; }
}
