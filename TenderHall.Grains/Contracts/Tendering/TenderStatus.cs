namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The fine status of a tender (domain-rules §2); numbers are stored, so they never change.</summary>
public enum TenderStatus
{
    /// <summary>进场登记: registered with the centre, not yet public.</summary>
    Registered = 1,

    /// <summary>公告: the announcement is public; documents not yet on sale.</summary>
    Announced = 2,

    /// <summary>文件发售: tender documents on sale (BLR 16).</summary>
    DocumentsOnSale = 3,

    /// <summary>投标: sale closed, bids accepted until the deadline.</summary>
    Tendering = 4,

    /// <summary>The bid deadline has passed; the opening follows.</summary>
    BidDeadlinePassed = 5,

    /// <summary>Paused by an objection, a complaint or a supervisor; the clock stops (BLR 22, 54, 62).</summary>
    Suspended = 20,

    /// <summary>Fewer than three bids: no opening, re-tender (BL 28, BLR 44).</summary>
    FailedInsufficientBids = 30,

    /// <summary>Terminated by the tenderee (BLR 31): fees and deposits refunded.</summary>
    Terminated = 31,
}
