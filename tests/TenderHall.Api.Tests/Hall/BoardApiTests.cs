using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Experts;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Hall;

namespace TenderHall.Api.Tests.Hall;

/// <summary>The hall board feed: numbers called, today's openings and draws, and nothing that is not public (BL 22, BL 37).</summary>
[Collection(DrawAndOpeningCollection.Name)]
public sealed class BoardApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_board_shows_todays_opening_and_draw_without_bidders_or_the_committee_and_the_number_called()
    {
        var draw = await DrawScenario.Create(platform);
        var drawn = await draw.Draw();
        var window = new Licensing.LicensingScenario(platform);
        await window.Publish(Grains.Contracts.Licensing.LicensingMode.Immediate, 0);
        using var kiosk = platform.CreateClient();
        var receipt = await TenderScenario.Read(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{window.Department}/tickets", new { }));
        using var officer = window.Officer;
        TenderScenario.Ok(await officer.PostAsJsonAsync($"/api/v1/hall/windows/{window.Department}/queue/next", new { counter = "7" }));

        // The board is read at most once per 10 seconds for every screen.
        draw.Tender.Advance(HallBoard.Freshness);
        var response = await kiosk.GetAsync("/api/v1/hall/board");
        Assert.Equal("public, max-age=10", response.Headers.CacheControl?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        var board = JsonDocument.Parse(text).RootElement;

        var opening = board.GetProperty("openings").EnumerateArray().Single(o => o.GetProperty("tenderId").GetString() == draw.Tender.TenderId);
        Assert.Equal(["tenderId", "title", "at", "status"], opening.EnumerateObject().Select(p => p.Name));
        var drawEvent = board.GetProperty("draws").EnumerateArray().Single(d => d.GetProperty("tenderId").GetString() == draw.Tender.TenderId);
        Assert.Equal("Sealed", drawEvent.GetProperty("status").GetString());
        var calls = board.GetProperty("windows").EnumerateArray().Single(w => w.GetProperty("windowId").GetString() == window.Department).GetProperty("calling");
        Assert.Equal("A001", calls[0].GetProperty("code").GetString());
        Assert.Equal("7", calls[0].GetProperty("counter").GetString());

        // BL 37: no expert of the sealed committee; BL 22: no bidder; no officer, no rating code.
        Assert.NotEmpty(DrawScenario.Seats(drawn));
        foreach (var expert in draw.Experts) Assert.DoesNotContain(expert.Id, text);
        foreach (var bidder in draw.Opening.Bidders) Assert.DoesNotContain(bidder.Id, text);
        Assert.DoesNotContain("officer-", text);
        Assert.DoesNotContain(receipt.GetProperty("secret").GetString()!, text);
    }
}
