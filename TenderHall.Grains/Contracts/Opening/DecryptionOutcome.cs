namespace TenderHall.Grains.Contracts.Opening;

/// <summary>What decrypting one bid came to (EBM 32).</summary>
public enum DecryptionOutcome
{
    /// <summary>Decrypted; the bid form is in the record.</summary>
    Opened = 1,

    /// <summary>撤销: failed through the bidder's fault (a damaged or mis-sealed envelope); the deposit may be kept.</summary>
    RevokedByBidderFault = 2,

    /// <summary>撤回: failed through no fault of the bidder (the platform lost or damaged it); the bidder may claim damages.</summary>
    WithdrawnNotBidderFault = 3,
}
