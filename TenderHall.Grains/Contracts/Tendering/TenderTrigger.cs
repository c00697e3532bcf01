namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>What moves a tender from one status to another.</summary>
public enum TenderTrigger
{
    /// <summary>The agency publishes the announcement and schedule.</summary>
    Announce,

    /// <summary>Timed: the sale window opens.</summary>
    OpenSale,

    /// <summary>Timed: the sale window closes.</summary>
    CloseSale,

    /// <summary>Timed: the bid deadline passes.</summary>
    PassDeadline,

    /// <summary>An objection, complaint or supervisor pauses the tender.</summary>
    Suspend,

    /// <summary>The pause ends; the tender returns to where it was.</summary>
    Resume,

    /// <summary>Fewer than three bids at the deadline: no opening (BL 28, BLR 44).</summary>
    FailInsufficientBids,

    /// <summary>The tenderee terminates the tender (BLR 31).</summary>
    Terminate,

    /// <summary>The supervisor closed the opening session with its countersigned record.</summary>
    CloseOpening,

    /// <summary>The confirmed committee starts evaluating (BL 37).</summary>
    StartEvaluation,

    /// <summary>The committee signed its report; the candidates go public (BLR 53-54).</summary>
    PublishCandidates,

    /// <summary>A decision on an objection or complaint sends the bids back to the committee (BLR 54, 61).</summary>
    Reevaluate,

    /// <summary>The publicity ended unchallenged; the award notice and results go out (BL 45, BLR 55).</summary>
    Award,

    /// <summary>Both parties signed the contract (BL 46).</summary>
    SignContract,

    /// <summary>The record is complete and archived; the trade certificate is issued.</summary>
    Archive,

    /// <summary>A complaint decision or a failed award orders a new tender (BLR 55, 61).</summary>
    Retender,
}
