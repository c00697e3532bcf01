using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Hall;

/// <summary>Queue tickets per window (排号) through the API: per-day numbering in Beijing time, fast-track first, the officers' calls.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class QueueApiTests(PlatformFactory platform)
{
    private async Task<LicensingScenario> Window()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        return s;
    }

    private static string Tickets(LicensingScenario s) => $"/api/v1/hall/windows/{s.Department}/tickets";

    private static async Task<JsonElement> Take(HttpClient client, LicensingScenario s, object? body = null) =>
        await Json(await client.PostAsJsonAsync(Tickets(s), body ?? new { }));

    private static string Code(JsonElement receipt) => receipt.GetProperty("ticket").GetProperty("code").GetString()!;

    [Fact]
    public async Task Tickets_are_numbered_from_one_each_Beijing_day_and_say_how_many_wait()
    {
        var s = await Window();
        using var kiosk = platform.CreateClient();
        var first = await Take(kiosk, s);
        Assert.Equal("A001", Code(first));
        Assert.Equal(32, first.GetProperty("secret").GetString()!.Length);
        var second = await Take(kiosk, s);
        Assert.Equal("A002", Code(second));
        Assert.Equal(2, second.GetProperty("waiting").GetInt32());
        Assert.Equal(1, second.GetProperty("ticket").GetProperty("ahead").GetInt32());

        // 23:59 Beijing time is still the same day; 00:01 starts a new day's numbering.
        var now = platform.Clock.GetUtcNow();
        var midnight = BeijingTime.EndOf(BeijingTime.DateOf(now));
        platform.Clock.Advance(midnight - now - TimeSpan.FromMinutes(1));
        Assert.Equal("A003", Code(await Take(kiosk, s)));
        platform.Clock.Advance(TimeSpan.FromMinutes(2));
        var nextDay = await Take(kiosk, s);
        Assert.Equal("A001", Code(nextDay));
        Assert.Equal(HallKeys.Day(BeijingTime.DateOf(midnight)), nextDay.GetProperty("date").GetString());
        Assert.Equal(1, nextDay.GetProperty("waiting").GetInt32());

        // Yesterday's queue gives out no more tickets, even to a caller that still holds its key.
        var yesterday = platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IWindowQueueGrain>(HallKeys.Queue(s.Department, BeijingTime.DateOf(now)));
        Assert.Equal("HALL-QUEUE-DAY", (await Assert.ThrowsAsync<RuleViolationException>(() => yesterday.Take(new TicketRequest()))).Rule);

        var ticket = await Json(await kiosk.GetAsync($"{Tickets(s)}/A001"));
        Assert.Equal("Waiting", ticket.GetProperty("status").GetString());
        await Refused(await kiosk.GetAsync($"{Tickets(s)}/A002"), "HALL-TICKET-NONE");
    }

    [Fact]
    public async Task Fast_track_tickets_are_called_first_and_only_the_windows_officers_call()
    {
        var s = await Window();
        var project = "2026-460000-48-01-" + Random.Shared.Next(100000, 999999);
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-hall");
        await Json(await centre.PutAsJsonAsync($"/api/v1/hall/major-projects/{project}", new { major = true, reason = "省重点项目清单" }));
        using var kiosk = platform.CreateClient();
        await Take(kiosk, s);
        await Take(kiosk, s, new { itemCode = s.ItemCode });
        var fast = await Take(kiosk, s, new { itemCode = s.ItemCode, projectCode = project });
        Assert.Equal("V001", Code(fast));
        Assert.Equal("FastTrack", fast.GetProperty("ticket").GetProperty("lane").GetString());
        Assert.Equal(0, fast.GetProperty("ticket").GetProperty("ahead").GetInt32());

        using var officer = s.Officer;
        using var stranger = s.In("dept-" + Guid.NewGuid().ToString("N")[..8], Roles.WindowOfficer);
        var next = $"/api/v1/hall/windows/{s.Department}/queue/next";
        await Refused(await stranger.PostAsJsonAsync(next, new { counter = "3" }), "HALL-WINDOW-OFFICER");
        await Refused(await officer.PostAsJsonAsync(next, new { counter = "" }), "REQ-FIELD");
        Assert.Equal("V001", (await Json(await officer.PostAsJsonAsync(next, new { counter = "3" }))).GetProperty("code").GetString());
        Assert.Equal("A001", (await Json(await officer.PostAsJsonAsync(next, new { counter = "4" }))).GetProperty("code").GetString());

        await Refused(await officer.PostAsync($"{Tickets(s)}/A002/service", null), "HALL-TICKET-STATE");
        Assert.Equal(1, (await Json(await officer.PostAsync($"{Tickets(s)}/V001/recall", null))).GetProperty("recalls").GetInt32());
        Assert.Equal("Served", (await Json(await officer.PostAsync($"{Tickets(s)}/V001/service", null))).GetProperty("status").GetString());
        Assert.Equal("NoShow", (await Json(await officer.PostAsync($"{Tickets(s)}/A001/no-show", null))).GetProperty("status").GetString());
        await Json(await officer.PostAsJsonAsync(next, new { counter = "3" }));
        await Refused(await officer.PostAsJsonAsync(next, new { counter = "3" }), "HALL-QUEUE-EMPTY");

        var desk = await Json(await officer.GetAsync($"/api/v1/hall/windows/{s.Department}/queue"));
        Assert.Equal(3, desk.GetProperty("tickets").GetArrayLength());
        Assert.Equal(1, desk.GetProperty("served").GetInt32());
        Assert.Equal(1, desk.GetProperty("noShows").GetInt32());
        using var bidder = s.Applicant;
        Assert.Equal(HttpStatusCode.Forbidden, (await bidder.GetAsync($"/api/v1/hall/windows/{s.Department}/queue")).StatusCode);
    }

    [Fact]
    public async Task An_item_flagged_for_the_fast_track_window_gives_fast_track_tickets_and_its_cases_count_apart()
    {
        var s = new LicensingScenario(platform) { FastTrack = true };
        await s.Publish(LicensingMode.Immediate, 0);
        using var kiosk = platform.CreateClient();
        Assert.Equal("A001", Code(await Take(kiosk, s)));
        Assert.Equal("V001", Code(await Take(kiosk, s, new { itemCode = s.ItemCode })));

        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant)).GetProperty("caseNumber").GetString();
        using var officer = s.Officer;
        await Json(await officer.PostAsync($"/api/v1/licensing/cases/{number}/acceptance", null));
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-fast-track");
        var figures = (await Json(await centre.GetAsync($"/api/v1/licensing/performance?department={s.Department}"))).EnumerateArray().Single();
        Assert.Equal(1, figures.GetProperty("fastTrack").GetProperty("accepted").GetInt32());
        Assert.Equal(0, figures.GetProperty("regular").GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task A_ticket_is_refused_at_an_unknown_window_or_for_another_windows_item()
    {
        var s = await Window();
        var other = await Window();
        using var kiosk = platform.CreateClient();
        await Refused(await kiosk.PostAsJsonAsync("/api/v1/hall/windows/no-such-window/tickets", new { }), "HALL-WINDOW-NONE");
        await Refused(await kiosk.PostAsJsonAsync(Tickets(s), new { itemCode = other.ItemCode }), "HALL-TICKET-ITEM");
        await Refused(await kiosk.PostAsJsonAsync(Tickets(s), new { itemCode = "NO-SUCH-ITEM" }), "DIR-NOT-FOUND");
        using var officer = s.Officer;
        Assert.Equal(0, (await Json(await officer.GetAsync($"/api/v1/hall/windows/{s.Department}/queue"))).GetProperty("tickets").GetArrayLength());
    }
}
