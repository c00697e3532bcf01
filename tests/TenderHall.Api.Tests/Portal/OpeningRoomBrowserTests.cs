using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The supervisor's day and the opening room in Chromium: each role in a browser context of its own, against the real API.</summary>
public sealed class OpeningRoomBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private static readonly byte[] Recording = "录像：开标现场 09:00–09:40"u8.ToArray();

    [Fact]
    public async Task Custodians_hand_over_in_their_browsers_the_agency_answers_and_the_supervisor_countersigns_and_closes_on_the_page()
    {
        var o = await OpeningScenario.Create(browser.Platform, bids: 3);
        var id = o.Tender.TenderId;
        var custodians = o.Tender.Custodians.Keys
            .Select(c => new RoomCustodian(browser.Platform.ClientAs(Roles.Custodian, c, "custodian-user-" + c), o.Tender.Custodians[c], o.Tender.CustodianSigners[c])).ToList();
        var room = await OpeningRoomPages.Enter(browser, o.Supervisor, id, bypassCsp: true);
        Assert.StartsWith("开标室", (await room.Text("h1")).Trim(), StringComparison.Ordinal);

        // The form's problems first, each a link to its field; then the platform's refusal by rule: no supervisor is present yet (EBM 31).
        var early = await OpeningRoomPages.Enter(browser, custodians[0].Client, id);
        Assert.False(await early.Click("#hand-over"));
        Assert.Equal(2, await early.Page.Locator("#errors a[href='#encryption-key'], #errors a[href='#share-signing-key']").CountAsync());
        var (refused, handed) = await OpeningRoomPages.HandOver(browser, custodians[0], id);
        Assert.False(handed);
        Assert.StartsWith("OPEN-SUPERVISOR", await refused.Errors(), StringComparison.Ordinal);
        // A custodian's key that is not the one its share is wrapped to is refused here, before anything is sent.
        var (wrong, sent) = await OpeningRoomPages.HandOver(browser, custodians[0] with { EncryptionKey = custodians[1].EncryptionKey }, id);
        Assert.False(sent);
        Assert.Contains("未提交任何内容", await wrong.Errors(), StringComparison.Ordinal);

        await OpeningRoomPages.CheckIn(room);
        Assert.Contains("supervisor-", await room.Text("#attendance"), StringComparison.Ordinal);
        foreach (var custodian in custodians.Take(2))
        {
            var (tab, ok) = await OpeningRoomPages.HandOver(browser, custodian, id);
            Assert.True(ok, await tab.Errors());
        }

        await OpeningRoomPages.Until(room, "RecordPublished");
        Assert.Equal(3, await room.Page.Locator("#rows tbody tr").CountAsync());
        Assert.Equal("2 / 2", await room.Text("#share-count"));
        Assert.Equal("3 / 3", await room.Text("#decrypt-count"));
        var view = await o.View();
        Assert.Equal("1000000.00", view.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("bidderId").GetString() == o.Bidders[0].Id).GetProperty("price").GetString());

        TenderScenario.Ok(await o.Bidders[0].Client.PostAsJsonAsync($"{o.Url}/response", new { confirm = true }));
        TenderScenario.Ok(await o.Bidders[1].Client.PostAsJsonAsync($"{o.Url}/response", new { confirm = false, objection = "报价应为含税价" }));
        // The record waits for the answer (BLR 44): the supervisor's page shows the refusal by its rule.
        Assert.False(await room.Click("#publish"));
        Assert.StartsWith("OPEN-UNANSWERED", await room.Errors(), StringComparison.Ordinal);

        var agency = await OpeningRoomPages.Enter(browser, o.Tender.Agency, id);
        await OpeningRoomPages.Answer(agency, o.Bidders[1].Id, "报价已含税，以投标函为准");
        Assert.Contains("报价已含税", await agency.Text("#rows"), StringComparison.Ordinal);

        await OpeningRoomPages.Publish(room);
        Assert.True(await room.Page.IsVisibleAsync("#record-link"));
        var recording = new FilePayload { Name = "开标录像.mp4", MimeType = "video/mp4", Buffer = Recording };
        Assert.True(await OpeningRoomPages.CountersignAndClose(room, o.SupervisorKey, "开标过程正常，异议已当场答复", [recording]), await room.Errors());
        await OpeningRoomPages.Until(room, "Closed");

        var closed = await o.View();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(closed.GetProperty("supervisorSignature").GetString()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Recording)), closed.GetProperty("recordings")[0].GetProperty("sha256").GetString());
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Recording)), await room.Text("#recordings"), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await o.Tender.Anonymous.GetAsync($"{o.Url}/record.pdf")).StatusCode);
        await Accessibility.AssertNoSeriousViolations(room.Page);
        await Screenshots.Keep(room.Page, "supervision-opening-room");

        var english = await OpeningRoomPages.Enter(browser, o.Supervisor, id, "en-US", bypassCsp: true);
        Assert.StartsWith("Opening room", (await english.Text("h1")).Trim(), StringComparison.Ordinal);
        Assert.Equal("Closed", await english.Text("#room-status"));
        await Accessibility.AssertNoSeriousViolations(english.Page);
        await Screenshots.Keep(english.Page, "supervision-opening-room-en");
    }

    [Fact]
    public async Task The_supervisor_sees_the_days_openings_and_acknowledges_an_alarm_with_a_note_and_a_bidder_is_refused_the_inbox()
    {
        var o = await OpeningScenario.Create(browser.Platform, bids: 3);
        var day = SupervisionAlarms.DayKey(o.Tender.Now);
        var marker = "same-address-" + Guid.NewGuid().ToString("N")[..8];
        await browser.Platform.Services.GetRequiredService<SupervisionAlarms>().Raise($"tender/{o.Tender.TenderId}/BLR-40-SAME-ADDRESS/{marker}", AlarmSeverity.Warning,
            "BLR-40-SAME-ADDRESS", "tender/" + o.Tender.TenderId, $"Tender {o.Tender.TenderId}: two bidders submitted from the same network address ({marker}).");

        var desk = await PortalTab.Open(browser, o.Supervisor, "/supervision?lang=en", "en-US", bypassCsp: true);
        Assert.True(await desk.Done(), await desk.Errors());
        Assert.Equal(day, await desk.Page.InputValueAsync("#day"));
        var opening = desk.Page.Locator("#openings tbody tr", new() { HasText = o.Tender.TenderId });
        Assert.Contains("Bid deadline passed", await opening.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith(OpeningRoomPages.Path(o.Tender.TenderId) + "?lang=en", await opening.Locator("a").First.GetAttributeAsync("href"), StringComparison.Ordinal);

        var row = $"#alarms tbody tr:has-text('{marker}')";
        Assert.Contains("Not yet", await desk.Text(row), StringComparison.Ordinal);
        await desk.Page.FillAsync($"{row} textarea", new string('x', 2001));
        Assert.False(await desk.Click($"{row} button"));
        Assert.Equal(1, await desk.Page.Locator("#errors a").CountAsync());

        await desk.Page.FillAsync($"{row} textarea", "Checked the submission log; referred to the department");
        Assert.True(await desk.Click($"{row} button"), await desk.Errors());
        var acknowledged = await desk.Text(row);
        Assert.Contains("supervisor-", acknowledged, StringComparison.Ordinal);
        Assert.Contains("referred to the department", acknowledged, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "supervision-day-en");

        var chinese = await PortalTab.Open(browser, o.Supervisor, "/supervision", "zh-CN");
        Assert.True(await chinese.Done(), await chinese.Errors());
        Assert.Contains("监督工作台", await chinese.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("投标已截止", await chinese.Text("#openings"), StringComparison.Ordinal);
        await Screenshots.Keep(chinese.Page, "supervision-day");

        var bidder = await PortalTab.Open(browser, o.Bidders[0].Client, "/supervision", "zh-CN");
        Assert.False(await bidder.Done());
        Assert.StartsWith("AUTH-FORBIDDEN", await bidder.Errors(), StringComparison.Ordinal);
    }
}
