namespace TenderHall.Grains.Contracts.Opening;

/// <summary>Where an opening session stands.</summary>
public enum OpeningStatus
{
    /// <summary>The deadline passed; supervisors check in and custodians submit their shares.</summary>
    AwaitingShares = 1,

    /// <summary>The opening key is rebuilt in memory and envelopes are being decrypted.</summary>
    Decrypting = 2,

    /// <summary>The opening record is published; bidders confirm or object on the spot (BLR 44).</summary>
    RecordPublished = 3,

    /// <summary>The supervisor closed the session with its record.</summary>
    Closed = 4,

    /// <summary>Fewer than three bids: nobody opens (BL 28, BLR 44).</summary>
    InsufficientBids = 5,

    /// <summary>Bidder-and-quorum: the opening key is rebuilt; each bidder hands over its own part within the time limit.</summary>
    AwaitingBidderParts = 6,
}
