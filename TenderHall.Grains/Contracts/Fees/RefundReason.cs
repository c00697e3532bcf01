namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Why a paid fee is refunded; each reason is an article of law.</summary>
public enum RefundReason
{
    /// <summary>The bidder withdrew its bid before the deadline: the deposit within 5 days of the notice (BLR 35).</summary>
    Withdrawal = 1,

    /// <summary>The contract was signed: deposits within 5 days, with bank interest (BLR 57).</summary>
    ContractSigned = 2,

    /// <summary>The tender was terminated: document fees, and deposits with bank interest (BLR 31).</summary>
    Terminated = 3,

    /// <summary>Fewer than three bids: nothing is opened and the tender is re-tendered, deposits go back with bank interest (BL 28, BLR 44).</summary>
    TenderFailed = 4,

    /// <summary>The licensing case ended without a licence (not accepted or refused): its licensing fee goes back (ALL 58-59).</summary>
    LicensingNotGranted = 5,
}
