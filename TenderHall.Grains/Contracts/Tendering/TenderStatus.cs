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

    /// <summary>开标结束: the opening session closed with its countersigned record; the committee evaluates next.</summary>
    Opened = 6,

    /// <summary>评标: the drawn committee evaluates the opened bids (BL 37-40, BLR 48-53).</summary>
    Evaluating = 7,

    /// <summary>中标候选人公示: the signed report's candidates are public for at least 3 days (BLR 54).</summary>
    CandidatesPublicized = 8,

    /// <summary>中标通知: the award notice and the results went out at the same instant (BL 45).</summary>
    Awarded = 9,

    /// <summary>合同签订: the contract is signed on the platform by both parties (BL 46).</summary>
    Contracted = 10,

    /// <summary>归档: the record is archived read-only and the trade certificate issued.</summary>
    Archived = 11,

    /// <summary>Paused by an objection, a complaint or a supervisor; the clock stops (BLR 22, 54, 62).</summary>
    Suspended = 20,

    /// <summary>Fewer than three bids: no opening, re-tender (BL 28, BLR 44).</summary>
    FailedInsufficientBids = 30,

    /// <summary>Terminated by the tenderee (BLR 31): fees and deposits refunded.</summary>
    Terminated = 31,

    /// <summary>A complaint decision or a failed award orders a new tender (BLR 61, 55); this one ends here.</summary>
    Retendered = 32,
}
