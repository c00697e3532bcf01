namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>Why a guarantee letter is released; each reason is the event that refunds a cash deposit.</summary>
public enum GuaranteeReleaseReason
{
    /// <summary>The bidder withdrew its bid before the deadline (BLR 35).</summary>
    Withdrawal = 1,

    /// <summary>The contract was signed (BLR 57).</summary>
    ContractSigned = 2,

    /// <summary>The tender was terminated (BLR 31).</summary>
    Terminated = 3,

    /// <summary>The tender failed for fewer than three bids and is re-tendered (BL 28, BLR 44).</summary>
    TenderFailed = 4,
}
