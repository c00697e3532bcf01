namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>Where a bid guarantee letter (投标保函) stands; numbers are stored, so they never change.</summary>
public enum GuaranteeStatus
{
    /// <summary>Lodged by the bidder; the issuer has not answered yet.</summary>
    Lodged = 1,

    /// <summary>The issuer confirmed, by a signed callback, that it issued the letter.</summary>
    Verified = 2,

    /// <summary>The issuer denied, by a signed callback, that it issued the letter.</summary>
    Rejected = 3,

    /// <summary>Released to the issuer: the letter's equivalent of a deposit refund (BLR 31, 35, 57).</summary>
    Released = 4,

    /// <summary>Replaced by another letter the bidder lodged before the deadline.</summary>
    Replaced = 5,
}
