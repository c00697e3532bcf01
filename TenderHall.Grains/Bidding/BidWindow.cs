using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Bidding;

/// <summary>When a tender takes bids: announced and not paused, and before the deadline by the server clock (BL 28, EBM 28).</summary>
public static class BidWindow
{
    /// <summary>The deadline bids are judged by; throws BID-LATE or BID-CLOSED when none may be submitted at <paramref name="now"/>.</summary>
    public static DateTimeOffset Require(TenderView tender, DateTimeOffset now) => Require(tender, now, "BID-LATE", "BID-CLOSED");

    /// <summary>
    /// The same window for what counts only with a bid (guarantee letters): throws <paramref name="lateRule"/> (receivedAt,
    /// deadline) at or after the deadline and <paramref name="closedRule"/> (tender, status) while the tender takes no bids.
    /// </summary>
    public static DateTimeOffset Require(TenderView tender, DateTimeOffset now, string lateRule, string closedRule)
    {
        if (tender.Schedule is { } schedule && now >= schedule.BidDeadline)
            throw RuleViolationException.Of(lateRule, ("receivedAt", RuleValues.Beijing(now)), ("deadline", RuleValues.Beijing(schedule.BidDeadline)));
        if (tender.Status is not (TenderStatus.Announced or TenderStatus.DocumentsOnSale or TenderStatus.Tendering) || tender.Schedule is null)
            throw RuleViolationException.Of(closedRule, ("tender", tender.Id), ("status", tender.Status));
        return tender.Schedule.BidDeadline;
    }
}
