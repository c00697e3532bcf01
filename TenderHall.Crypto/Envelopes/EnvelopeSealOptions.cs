using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Envelopes;

/// <summary>What to seal to: tender, bidder, opening key, policy and segment size; the suite is the opening key's.</summary>
public sealed class EnvelopeSealOptions
{
    /// <summary>Tender the bid is addressed to.</summary>
    public required string TenderId { get; init; }

    /// <summary>Bidder sealing the bid.</summary>
    public required string BidderId { get; init; }

    /// <summary>The tender's opening public key.</summary>
    public required EncryptionPublicKey OpeningKey { get; init; }

    /// <summary>The bidder's own encryption key; required for <see cref="EnvelopePolicy.BidderAndQuorum"/>.</summary>
    public EncryptionPublicKey? BidderKey { get; init; }

    /// <summary>Opening policy.</summary>
    public EnvelopePolicy Policy { get; init; } = EnvelopePolicy.OpeningKey;

    /// <summary>Plaintext bytes per segment.</summary>
    public int SegmentSize { get; init; } = EnvelopeHeader.DefaultSegmentSize;
}
