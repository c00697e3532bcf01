using System.Globalization;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>
/// The public announcement list (API and Portal), newest first, searchable by title, lot and project code: every
/// announced id in one directory index (the record), and a searchable entry in the grain of its month (the view).
/// </summary>
public sealed class AnnouncementIndex(IGrainFactory grains)
{
    // The record's size the last rebuild ran against: an id that cannot be rebuilt (no such tender) is tried once, not on every list.
    private int rebuiltAgainst = -1;

    /// <summary>The directory index of the months that have announcements (<c>yyyy-MM</c>).</summary>
    public const string MonthsKey = "tender:announced-months";

    /// <summary>Adds an announced tender: the record first, so an entry lost to a crash in between is rebuilt from it.</summary>
    public async Task Add(TenderView tender)
    {
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Announcements).Add(tender.Id);
        var announcedAt = tender.Schedule?.AnnouncedAt ?? throw new InvalidOperationException($"Tender {tender.Id} has no announcement to index.");
        var month = MonthOf(announcedAt);
        await grains.GetGrain<IDirectoryIndexGrain>(MonthsKey).Add(month);
        await grains.GetGrain<IAnnouncementMonthGrain>(month).Add(new AnnouncementEntry(
            tender.Id, tender.Registration.Title, tender.Registration.Lot, tender.Registration.ProjectCode, announcedAt));
    }

    /// <summary>The ids of one page of announcements matching <paramref name="query"/>, newest first, and how many match.</summary>
    public Task<(IReadOnlyList<string> Ids, int Total)> Search(string? query, int skip, int take) => Search(query, skip, take, rebuilt: false);

    private async Task<(IReadOnlyList<string> Ids, int Total)> Search(string? query, int skip, int take, bool rebuilt)
    {
        var months = await Months();
        var counts = await Task.WhenAll(months.Select(m => grains.GetGrain<IAnnouncementMonthGrain>(m).Count(query)));
        var recorded = (await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Announcements).List(0, 0)).Total;
        if (!rebuilt && counts.Sum(c => c.Total) < recorded && Volatile.Read(ref rebuiltAgainst) != recorded)
        {
            // Announced before this index existed, or lost to a crash between the two writes: rebuilt from the record.
            await Rebuild();
            Volatile.Write(ref rebuiltAgainst, recorded);
            return await Search(query, skip, take, rebuilt: true);
        }

        var ids = new List<string>();
        for (var i = 0; i < months.Count && ids.Count < take; i++)
        {
            var matches = counts[i].Matches;
            if (skip >= matches)
            {
                skip -= matches;
                continue;
            }

            ids.AddRange(await grains.GetGrain<IAnnouncementMonthGrain>(months[i]).Page(query, skip, take - ids.Count));
            skip = 0;
        }

        return (ids, counts.Sum(c => c.Matches));
    }

    private static string MonthOf(DateTimeOffset instant) => BeijingTime.DateOf(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // Newest month first.
    private async Task<List<string>> Months()
    {
        var months = await DirectoryIndexes.AllIds(grains, MonthsKey);
        months.Reverse();
        return months;
    }

    private async Task Rebuild()
    {
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var month in await Months()) indexed.UnionWith(await grains.GetGrain<IAnnouncementMonthGrain>(month).Ids());
        foreach (var id in (await DirectoryIndexes.AllIds(grains, DirectoryIndexKeys.Announcements)).Where(id => !indexed.Contains(id)))
        {
            if (await grains.GetGrain<ITenderGrain>(id).Get() is { Schedule: not null } view) await Add(view);
        }
    }
}
