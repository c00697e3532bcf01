using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TenderHall.Api.Demo;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

/// <summary>The platform near holidays and at the end of the last year whose holiday calendar is loaded.</summary>
public sealed class CalendarEdgeTests
{
    [Fact]
    public async Task Demo_tenders_seeded_just_before_National_Day_get_legal_schedules()
    {
        // 2026-09-28: a week's sale from here runs into the 1–7 October holiday, where procurement's five working days (GPR 31) do not fit.
        using var platform = new PlatformFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 28, 2, 0, 0, TimeSpan.Zero)) };
        await platform.Services.GetRequiredService<DemoSeeder>().SeedAsync();

        using var anonymous = platform.ClientAs(null);
        var procurement = await TenderScenario.Read(await anonymous.GetAsync("/api/v1/tenders/DEMO-T4"));
        Assert.Equal("GovernmentProcurement", procurement.GetProperty("regime").GetString());
        Assert.True(procurement.GetProperty("schedule").GetProperty("saleEnd").GetDateTimeOffset() > new DateTimeOffset(2026, 10, 8, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task A_period_running_into_a_year_without_a_holiday_calendar_is_refused_and_nothing_is_published()
    {
        // 2027-12-30 10:00 Beijing: the five-day sale window (BLR 16) ends in 2028, which no loaded notice covers.
        using var platform = new PlatformFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2027, 12, 30, 2, 0, 0, TimeSpan.Zero)) };
        var s = new TenderScenario(platform);
        await s.Register();

        using var response = await s.TryPublish(s.Now.AddDays(8), s.Now.AddDays(40));

        // Working days are never guessed: a problem naming the missing calendar, not a failure.
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.Conflict, "CAL-YEAR-MISSING");
        Assert.Contains("cn-2028.json", problem.GetProperty("detail").GetString());
        var tender = await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"));
        Assert.Equal("Registered", tender.GetProperty("status").GetString());
    }
}
