namespace TenderHall.Grains.Contracts.Experts;

/// <summary>Where a drawn expert's seat stands.</summary>
public enum SeatStatus
{
    /// <summary>Notified; the answer is due.</summary>
    Notified,

    /// <summary>Confirmed, with a signed declaration of no conflict of interest.</summary>
    Confirmed,

    /// <summary>Declined; the next backup took the seat.</summary>
    Declined,

    /// <summary>No answer in time; the next backup took the seat.</summary>
    NoAnswer,

    /// <summary>Absent on the day; the next backup took the seat.</summary>
    Absent,
}
