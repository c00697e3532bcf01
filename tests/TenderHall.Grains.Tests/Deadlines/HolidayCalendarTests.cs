using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class HolidayCalendarTests
{
    [Fact]
    public void Every_embedded_year_loads_with_its_source_and_status()
    {
        Assert.Equal([2025, 2026, 2027], Beijing.Calendar.Years);
        Assert.Equal(CalendarStatus.Official, Beijing.Calendar.StatusOf(2025));
        Assert.Equal(CalendarStatus.Official, Beijing.Calendar.StatusOf(2026));
        Assert.Equal(CalendarStatus.Provisional, Beijing.Calendar.StatusOf(2027));
        Assert.Contains("国办发明电〔2024〕12号", Beijing.Calendar.Year(2025).Source, StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2025〕7号", Beijing.Calendar.Year(2026).Source, StringComparison.Ordinal);
        Assert.NotEmpty(Beijing.Calendar.Year(2027).Note);
    }

    [Theory]
    [InlineData("2025-01-01", false)] // New Year
    [InlineData("2025-01-26", true)] // Sunday worked for Spring Festival
    [InlineData("2025-01-28", false)] // 除夕
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-08", true)] // Saturday worked
    [InlineData("2025-04-27", true)] // Sunday worked for Labour Day
    [InlineData("2025-05-05", false)]
    [InlineData("2025-06-02", false)] // Dragon Boat
    [InlineData("2025-09-28", true)] // Sunday worked for National Day
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)] // Saturday worked
    [InlineData("2025-10-12", false)] // ordinary Sunday
    [InlineData("2025-10-13", true)] // ordinary Monday
    [InlineData("2026-01-04", true)] // Sunday worked for New Year
    [InlineData("2026-02-14", true)] // Saturday worked for Spring Festival
    [InlineData("2026-02-16", false)] // 除夕
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-28", true)] // Saturday worked
    [InlineData("2026-05-09", true)] // Saturday worked for Labour Day
    [InlineData("2026-06-19", false)] // Dragon Boat
    [InlineData("2026-09-20", true)] // Sunday worked for National Day
    [InlineData("2026-09-25", false)] // Mid-Autumn
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)] // Saturday worked
    [InlineData("2027-02-05", false)] // provisional: 除夕
    [InlineData("2027-02-15", true)]
    public void Working_days_follow_the_State_Council_notice(string date, bool working) =>
        Assert.Equal(working, Beijing.Calendar.IsWorkingDay(Beijing.Day(date)));

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2028-01-03")]
    public void A_year_without_a_calendar_throws_instead_of_guessing(string date)
    {
        var error = Assert.Throws<CalendarYearMissingException>(() => Beijing.Calendar.IsWorkingDay(Beijing.Day(date)));
        Assert.Equal(Beijing.Day(date).Year, error.Year);
    }

    [Fact]
    public void A_later_year_is_added_as_a_file_without_code()
    {
        using var dir = new CalendarDirectory();
        dir.Write("cn-2028.json", """
            { "region": "CN", "year": 2028, "status": "provisional", "source": "test", "note": "",
              "holidays": [ { "name": "元旦", "from": "2028-01-01", "to": "2028-01-03" } ],
              "workdays": [ { "name": "调休", "date": "2028-01-08" } ] }
            """);
        var calendar = ChinaCalendars.Load(dir.Path);
        Assert.Equal([2025, 2026, 2027, 2028], calendar.Years);
        Assert.True(calendar.IsRestDay(Beijing.Day("2028-01-03")));
        Assert.True(calendar.IsWorkingDay(Beijing.Day("2028-01-08")));
    }

    [Fact]
    public void An_extra_file_replaces_the_embedded_year_so_a_notice_can_supersede_a_provisional_year()
    {
        using var dir = new CalendarDirectory();
        dir.Write("cn-2027.json", """
            { "region": "CN", "year": 2027, "status": "official", "source": "the 2027 notice",
              "holidays": [], "workdays": [ { "name": "调休", "date": "2027-02-20" } ] }
            """);
        var calendar = ChinaCalendars.Load(dir.Path);
        Assert.Equal(CalendarStatus.Official, calendar.StatusOf(2027));
        Assert.True(calendar.IsWorkingDay(Beijing.Day("2027-02-20")));
    }

    [Theory]
    [InlineData("""{ "region": "CN", "year": 2028, "status": "maybe", "source": "x", "holidays": [], "workdays": [] }""")]
    [InlineData("""{ "region": "CN", "year": 2028, "status": "official", "source": "", "holidays": [], "workdays": [] }""")]
    [InlineData("""{ "region": "CN", "year": 2028, "status": "official", "source": "x", "holidays": [], "workdays": [ { "name": "w", "date": "2028-01-05" } ] }""")]
    [InlineData("""{ "region": "CN", "year": 2028, "status": "official", "source": "x", "holidays": [ { "name": "h", "from": "2028-01-08", "to": "2028-01-08" } ], "workdays": [ { "name": "w", "date": "2028-01-08" } ] }""")]
    [InlineData("""{ "region": "CN", "year": 2028, "status": "official", "source": "x", "holidays": [ { "name": "h", "from": "2028-01-03", "to": "2028-01-01" } ], "workdays": [] }""")]
    [InlineData("""{ not json""")]
    public void A_calendar_file_that_contradicts_itself_is_refused(string json)
    {
        using var dir = new CalendarDirectory();
        dir.Write("cn-2028.json", json);
        Assert.Throws<InvalidDataException>(() => ChinaCalendars.Load(dir.Path));
    }
}
