using System.Text.Json;

namespace TenderHall.Grains.Deadlines;

/// <summary>The JSON shape of <c>cn-YYYY.json</c>; parsing checks it before anything counts on it.</summary>
internal sealed record CalendarFile(
    string Region,
    int Year,
    string Status,
    string Source,
    string? Note,
    IReadOnlyList<CalendarFile.Block> Holidays,
    IReadOnlyList<CalendarFile.Workday> Workdays)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A named run of days off, both ends inclusive.</summary>
    internal sealed record Block(string Name, DateOnly From, DateOnly To);

    /// <summary>A named weekend day that is worked.</summary>
    internal sealed record Workday(string Name, DateOnly Date);

    /// <summary>Reads and checks one calendar file; <paramref name="origin"/> names it in errors.</summary>
    public static CalendarYear Parse(Stream json, string origin)
    {
        CalendarFile? file;
        try { file = JsonSerializer.Deserialize<CalendarFile>(json, Json); }
        catch (JsonException e) { throw new InvalidDataException($"{origin} is not a valid calendar file: {e.Message}", e); }
        if (file is null || string.IsNullOrWhiteSpace(file.Source) || file.Holidays is null || file.Workdays is null)
            throw new InvalidDataException($"{origin} must name its source and list holidays and workdays.");
        return file.ToYear(origin);
    }

    private CalendarYear ToYear(string origin)
    {
        var status = Status switch
        {
            "official" => CalendarStatus.Official,
            "provisional" => CalendarStatus.Provisional,
            _ => throw new InvalidDataException($"{origin}: status must be 'official' or 'provisional', not '{Status}'."),
        };
        var holidays = new HashSet<DateOnly>();
        foreach (var block in Holidays)
        {
            if (block.To < block.From) throw new InvalidDataException($"{origin}: holiday '{block.Name}' ends before it starts.");
            for (var day = block.From; day <= block.To; day = day.AddDays(1)) holidays.Add(day);
        }

        var workdays = Workdays.Select(w => w.Date).ToHashSet();
        foreach (var day in workdays.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            throw new InvalidDataException($"{origin}: make-up working day {day:yyyy-MM-dd} is not a weekend day.");
        if (holidays.Overlaps(workdays)) throw new InvalidDataException($"{origin}: a day is listed both as holiday and as working day.");
        if (holidays.Concat(workdays).Any(d => Math.Abs(d.Year - Year) > 1))
            throw new InvalidDataException($"{origin}: dates must lie in {Year} or at its edges.");
        return new CalendarYear(Year, status, Source, Note ?? "", holidays, workdays);
    }
}
