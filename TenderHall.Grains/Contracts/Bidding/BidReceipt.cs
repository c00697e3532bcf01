namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The platform's receipt for a bid: a signed note naming tender, bidder, envelope hash and receive time, plus the
/// transparency-log entry that records it and its inclusion proof against a signed checkpoint. The JSON fields
/// <c>index</c>, <c>leafData</c>, <c>leafHash</c>, <c>checkpoint</c> and <c>hashes</c> are what the outsiders'
/// verifier reads (<c>verify-inclusion</c>).
/// </summary>
[GenerateSerializer, Alias("th.BidReceipt")]
public sealed class BidReceipt
{
    /// <summary>The signed receipt note (C2SP signed-note format, signed with the platform's log key).</summary>
    [Id(0)] public string Receipt { get; set; } = "";

    /// <summary>Tender id.</summary>
    [Id(1)] public string TenderId { get; set; } = "";

    /// <summary>Bidder organisation.</summary>
    [Id(2)] public string BidderId { get; set; } = "";

    /// <summary>SHA-256 of the envelope, hex.</summary>
    [Id(3)] public string EnvelopeSha256 { get; set; } = "";

    /// <summary>Envelope size.</summary>
    [Id(4)] public long Size { get; set; }

    /// <summary>Server time the bid was received, which the deadline is judged by.</summary>
    [Id(5)] public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Leaf index of the <c>bid.received</c> event in the transparency log.</summary>
    [Id(6)] public long Index { get; set; }

    /// <summary>The exact leaf bytes (canonical JSON of the commitment, or for older receipts of the event), base64.</summary>
    [Id(7)] public string LeafData { get; set; } = "";

    /// <summary>RFC 6962 leaf hash, base64.</summary>
    [Id(8)] public string LeafHash { get; set; } = "";

    /// <summary>A signed checkpoint whose tree contains the leaf.</summary>
    [Id(9)] public string Checkpoint { get; set; } = "";

    /// <summary>Inclusion proof hashes against <see cref="Checkpoint"/>, base64.</summary>
    [Id(10)] public List<string> Hashes { get; set; } = [];

    /// <summary>Base64 salt of the commitment the leaf carries (BL 22: the bid's leaf is a commitment until the opening); null for older receipts whose leaf is the event.</summary>
    [Id(11)] public string? Salt { get; set; }

    /// <summary>The committed event's canonical bytes, base64: SHA-256(salt ‖ these) is the leaf's commitment.</summary>
    [Id(12)] public string? EventData { get; set; }
}
