using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The statutory deadline engine as a client planning a tender sees it (BL 24, BLR 16, GPR 31).</summary>
public interface ITenderCalendar
{
    /// <summary>Whether the Beijing calendar day <paramref name="day"/> is a working day.</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>The earliest legal sale end and bid deadline of a tender published at <paramref name="now"/>, not before those proposed.</summary>
    (DateTimeOffset SaleEnd, DateTimeOffset BidDeadline) EarliestLegal(
        LegalRegime regime, DateTimeOffset now, DateTimeOffset saleStart, DateTimeOffset saleEnd, DateTimeOffset bidDeadline);

    /// <summary>
    /// The earliest legal schedule of a tender published at <paramref name="now"/> not before the dates proposed, why, and
    /// what the proposal breaks; a date left out is taken as early as the dates before it allow.
    /// </summary>
    SchedulePreview Preview(LegalRegime regime, DateTimeOffset now, DateTimeOffset? saleStart, DateTimeOffset? saleEnd, DateTimeOffset? bidDeadline);

    /// <summary>What a clarification or amendment published at <paramref name="at"/> does to <paramref name="bidDeadline"/> (BL 23).</summary>
    ClarificationPreview Clarifying(LegalRegime regime, DateTimeOffset at, DateTimeOffset bidDeadline);
}
