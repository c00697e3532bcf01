using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// A tender from registration to a closed opening through the Portal's pages alone, one browser context per role: the
/// agency registers, schedules and publishes; three bidders buy the documents at the simulated bank and seal and submit
/// their bids in their browsers; the custodians hand over their shares, the bidders confirm their lines, and the
/// supervisor countersigns and closes the record. Besides the pages, the test only registers the parties' organisations
/// and keys (as the centre's registration does), moves the platform's clock, and reads the result.
/// </summary>
public sealed class WholeFlowBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    // Three: with fewer the opening ends as InsufficientBids (BL 28).
    private static readonly string[] Prices = ["1180000.00", "1095000.00", "1120500.00"];

    [Fact]
    public async Task Every_role_takes_a_tender_from_registration_to_a_closed_opening_through_the_pages()
    {
        var scenario = new TenderScenario(browser.Platform);
        await using var desk = await AgencyDesk.Open(browser, scenario);
        var tenderId = await desk.RegisterScheduleAndPublish();
        var saleStart = (await scenario.Tender()).GetProperty("schedule").GetProperty("saleStart").GetDateTimeOffset();
        if (scenario.Now < saleStart) scenario.Advance(saleStart - scenario.Now);

        var bidders = new List<(BidderKit Kit, IBrowserContext Context, IPage Page)>();
        for (var i = 0; i < Prices.Length; i++)
        {
            var kit = await BidderKit.Join(scenario, browser.Platform.Services, "bidder-flow" + i, buyDocuments: false);
            var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-CN" });
            var page = await context.NewPageAsync();
            var documents = await BidderJourney.BuyDocumentsAndSubmitSealedBid(page, browser.BaseAddress, kit, tenderId, Prices[i], [BrowserBid.Attachment($"技术标-{i}.pdf", 4096)]);
            Assert.Equal("招标文件正文（页面上传）"u8.ToArray(), documents);
            bidders.Add((kit, context, page));
        }

        await scenario.PassDeadline();
        var (supervisor, supervisorKey) = await OpeningScenario.NewSupervisor(browser.Platform);
        var custodians = scenario.Custodians.Keys
            .Select(c => new RoomCustodian(browser.Platform.ClientAs(Roles.Custodian, c, "custodian-user-" + c), scenario.Custodians[c], scenario.CustodianSigners[c])).ToList();
        var room = await OpeningRoomPages.Run(browser, tenderId, supervisor, supervisorKey, scenario.Agency, custodians, threshold: 2,
            responses: async () =>
            {
                // Each bidder, still signed in in its own tab, confirms its line of the record on its opening page.
                foreach (var (_, _, page) in bidders)
                {
                    await page.GotoAsync(new Uri(browser.BaseAddress, $"/my/tenders/{tenderId}/opening").ToString());
                    await page.WaitForSelectorAsync("body[data-line=open]", new() { Timeout = 60_000 });
                    await page.ClickAsync("#confirm");
                    await page.WaitForSelectorAsync("body[data-line=confirmed]", new() { Timeout = 30_000 });
                }
            },
            objectors: []);

        Assert.Equal("Closed", await room.Page.GetAttributeAsync("body", "data-opening"));
        var record = await TenderScenario.Read(await supervisor.GetAsync($"/api/v1/tenders/{tenderId}/opening"));
        var rows = record.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Prices.Order(), rows.Select(r => r.GetProperty("price").GetString()!).Order());
        Assert.All(rows, r => Assert.True(r.GetProperty("confirmed").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(record.GetProperty("supervisorSignature").GetString()));
        await Screenshots.Keep(room.Page, "whole-flow-closed-opening");
        foreach (var (kit, context, _) in bidders)
        {
            kit.Dispose();
            await context.DisposeAsync();
        }
    }
}
