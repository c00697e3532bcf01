using System.Reflection;

namespace TenderHall.Grains.Deadlines;

/// <summary>Loads the mainland China holiday calendars: every embedded <c>cn-*.json</c> plus optional extra files.</summary>
public static class ChinaCalendars
{
    private const string ResourcePrefix = "TenderHall.Calendars/cn-";

    /// <summary>
    /// The embedded years, then every <c>cn-*.json</c> in <paramref name="extraDirectory"/>. An extra file replaces the
    /// embedded file of the same year, so an official notice can supersede a provisional year without a release.
    /// </summary>
    public static HolidayCalendar Load(string? extraDirectory = null)
    {
        var byYear = Embedded().ToDictionary(y => y.Year);
        if (extraDirectory is not null)
        {
            var extra = Directory.GetFiles(extraDirectory, "cn-*.json").Order(StringComparer.Ordinal).Select(FromFile).ToList();
            var twice = extra.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1);
            if (twice is not null) throw new InvalidDataException($"{extraDirectory} has more than one calendar for {twice.Key}.");
            foreach (var year in extra) byYear[year.Year] = year;
        }

        return new HolidayCalendar(byYear.Values);
    }

    private static IEnumerable<CalendarYear> Embedded()
    {
        var assembly = typeof(ChinaCalendars).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return CalendarFile.Parse(stream, name);
        }
    }

    private static CalendarYear FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return CalendarFile.Parse(stream, path);
    }
}
