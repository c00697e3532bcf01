using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Licensing.Cases;

namespace TenderHall.Grains.Performance;

/// <summary>The case grain's hook into the performance projection: after each write it reports the case's facts to its department.</summary>
public sealed class PerformanceFeed(IGrainFactory grains, HolidayCalendar calendar)
{
    /// <summary>Reports case <paramref name="number"/>; <paramref name="actor"/> is who moved it (a window officer accepting names the officer).</summary>
    public async Task Report(string number, LicensingCaseState state, Actor? actor)
    {
        if (state.Item is not { } item) return;
        // 特事特办: the item is flagged for the fast-track window, or the centre marked the project major.
        var fastTrack = item.MajorProjectFastTrack
                        || (state.Application.ProjectCode is { Length: > 0 } project && await grains.GetGrain<IMajorProjectGrain>(project).IsMajor());
        var officer = actor is not null && actor.Is(Roles.WindowOfficer) && state.Clocks.AcceptedAt is not null ? actor.UserName : "";
        await grains.GetGrain<IPerformanceGrain>(item.DepartmentId).Report(CaseFacts.Of(number, state, calendar, fastTrack, officer));
    }
}
