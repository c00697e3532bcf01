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
}
