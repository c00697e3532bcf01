namespace TenderHall.Crypto.Envelopes;

/// <summary>Which party a recipient entry in the header is wrapped to.</summary>
public enum RecipientRole
{
    /// <summary>The tender's opening key (private key held as custodian shares).</summary>
    OpeningKey = 1,

    /// <summary>The bidder's own encryption key (policy bidder-and-quorum).</summary>
    Bidder = 2,
}
