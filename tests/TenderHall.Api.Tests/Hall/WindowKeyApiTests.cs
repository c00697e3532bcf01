using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Hall;

/// <summary>One key per window: the ticket, the case, the performance figures and the ratings of an item count for the same window (ALL 26).</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class WindowKeyApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_composite_window_items_ticket_case_figures_and_ratings_all_name_the_composite_window()
    {
        var s = new LicensingScenario(platform);
        var window = "dept-" + Guid.NewGuid().ToString("N")[..10];
        await s.Publish(LicensingMode.CompositeWindow, 10, true, window);
        using var kiosk = platform.CreateClient();
        // The deciding department does not receive a composite-window item, so it gives out no ticket for it either.
        await Refused(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets", new { itemCode = s.ItemCode }), "HALL-TICKET-ITEM");
        var receipt = await Json(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{window}/tickets", new { itemCode = s.ItemCode }));
        Assert.Equal(window, receipt.GetProperty("windowId").GetString());

        using var windowOfficer = s.In(window, Roles.WindowOfficer);
        var code = (await Json(await windowOfficer.PostAsJsonAsync($"/api/v1/hall/windows/{window}/queue/next", new { counter = "5" }))).GetProperty("code").GetString();
        await Json(await windowOfficer.PostAsync($"/api/v1/hall/windows/{window}/tickets/{code}/service", null));
        await Json(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{window}/tickets/{code}/rating", new
        {
            date = receipt.GetProperty("date").GetString(), secret = receipt.GetProperty("secret").GetString(), level = "Satisfied",
        }));
        var number = (await s.Apply(windowOfficer, Materials)).GetProperty("caseNumber").GetString()!;
        var forwarded = await Json(await windowOfficer.PostAsync($"/api/v1/licensing/cases/{number}/acceptance", null));
        Assert.Equal(window, forwarded.GetProperty("windowId").GetString());

        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-window-keys");
        var figures = (await Json(await centre.GetAsync($"/api/v1/licensing/performance?department={s.Department}"))).EnumerateArray().Single();
        Assert.Equal([window], figures.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        var tallies = await Json(await kiosk.GetAsync("/api/v1/ratings/results?by=Window"));
        Assert.Equal(1, tallies.EnumerateArray().Single(t => t.GetProperty("departmentId").GetString() == window).GetProperty("visits").GetInt32());
    }
}
