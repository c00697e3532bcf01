using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Licensing.Cases;

namespace TenderHall.Grains.Performance;

/// <summary>The facts of a case for the performance figures, read from its stored state.</summary>
public static class CaseFacts
{
    /// <summary>The facts of case <paramref name="number"/>; <paramref name="officer"/> is the accepting officer when known.</summary>
    public static CaseFact Of(string number, LicensingCaseState state, HolidayCalendar calendar, bool fastTrack, string officer)
    {
        var item = state.Item ?? throw new InvalidOperationException($"Case {number} has no application.");
        var clocks = state.Clocks;
        return new CaseFact
        {
            CaseNumber = number, DepartmentId = item.DepartmentId, WindowId = string.IsNullOrEmpty(state.WindowId) ? item.DepartmentId : state.WindowId,
            Officer = officer, Mode = item.Mode, FastTrack = fastTrack, Status = state.Status, ReceivedAt = clocks.ReceivedAt, AcceptedAt = clocks.AcceptedAt,
            DecidedAt = clocks.DecidedAt, OnTheSpot = clocks.OnTheSpot,
            // Decided late, or still undecided once the limit alarm went off (ALL 42).
            Overdue = clocks.DecidedAt is null ? state.DecisionAlarmed : clocks.Overdue,
            HandlingWorkingDays = clocks is { AcceptedAt: { } accepted, DecidedAt: { } decided } ? WorkingDays(calendar, accepted, decided, state.Stops) : null,
        };
    }

    /// <summary>
    /// Working days after the day of <paramref name="from"/> up to the day of <paramref name="to"/> (CC 201: the first day not
    /// counted), rest days and the days a clock stop covers left out (ALL 45); a case decided the day it was accepted took 0.
    /// </summary>
    public static int WorkingDays(HolidayCalendar calendar, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<ClockStop> stops)
    {
        var days = 0;
        for (var day = BeijingTime.DateOf(from).AddDays(1); day <= BeijingTime.DateOf(to); day = day.AddDays(1))
            if (calendar.IsWorkingDay(day) && !stops.Any(s => s.Covers(day))) days++;
        return days;
    }
}
