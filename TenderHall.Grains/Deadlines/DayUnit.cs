namespace TenderHall.Grains.Deadlines;

/// <summary>What a statutory period counts.</summary>
public enum DayUnit
{
    /// <summary>Calendar days (日): every day counts; CC 203 moves a last day that is a rest day.</summary>
    CalendarDays,

    /// <summary>Working days (工作日) per the State Council calendar, make-up working days included.</summary>
    WorkingDays,
}
