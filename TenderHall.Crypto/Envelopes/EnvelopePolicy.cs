namespace TenderHall.Crypto.Envelopes;

/// <summary>Who must cooperate to open an envelope.</summary>
public enum EnvelopePolicy
{
    /// <summary>The content key is wrapped to the tender opening key alone.</summary>
    OpeningKey = 1,

    /// <summary>The content key is K1 XOR K2: K1 wrapped to the opening key (custodian quorum), K2 to the bidder's own key; neither alone opens.</summary>
    BidderAndQuorum = 2,
}
