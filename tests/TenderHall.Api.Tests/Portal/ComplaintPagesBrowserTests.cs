using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Award;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The complainant's page and the supervisors' complaint handling in Chromium, against the real API with each role's token.</summary>
public sealed class ComplaintPagesBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private static readonly byte[] Evidence = "第一中标候选人项目经理在建工程合同"u8.ToArray();

    [Fact]
    public async Task A_bidder_files_a_complaint_with_evidence_and_sees_its_clocks_a_late_one_is_refused_and_an_agency_has_no_such_list()
    {
        var s = await AwardScenario.Publicized(browser.Platform);
        var tab = await PortalTab.Open(browser, s.Bidders[1].Client, "/complaints/mine", "zh-CN");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal(0, await tab.Page.Locator("#complaints tbody tr").CountAsync());

        // BLR 60: a month after knowing is long past the 10 days (which a holiday may stretch, CC 203).
        await Fill(tab, s, s.Tender.Now.AddDays(-30), "评标委员会未按招标文件规定的标准评分");
        Assert.False(await tab.Click("#file"));
        Assert.StartsWith("BLR-60-LATE", await tab.Errors(), StringComparison.Ordinal);

        await Fill(tab, s, s.Tender.Now.AddHours(-2), "第一中标候选人项目经理有在建工程");
        await tab.Page.SetInputFilesAsync("#evidence", new FilePayload { Name = "合同.pdf", MimeType = "application/pdf", Buffer = Evidence });
        Assert.True(await tab.Click("#file"), await tab.Errors());
        Assert.Contains("投诉已提交", await tab.Text("#page-status"), StringComparison.Ordinal);
        var row = await tab.Text("#complaints tbody tr");
        Assert.Contains("已提交，待受理", row, StringComparison.Ordinal);
        Assert.Contains("剩余", row, StringComparison.Ordinal); // BLR 61: accepted or rejected within 3 working days

        var filed = Assert.Single((await TenderScenario.Read(await s.Bidders[1].Client.GetAsync("/api/v1/complaints/mine"))).EnumerateArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Evidence)), filed.GetProperty("filing").GetProperty("evidence")[0].GetString());
        Assert.Contains(filed.GetProperty("id").GetString()!, row, StringComparison.Ordinal);

        var agency = await PortalTab.Open(browser, s.Tender.Agency, "/complaints/mine", "zh-CN");
        Assert.False(await agency.Done());
        Assert.Equal("AUTH-FORBIDDEN 您的角色无权执行此操作。", await agency.Errors());
    }

    [Fact]
    public async Task The_supervisor_accepts_suspends_and_re_tenders_from_the_queue_after_a_decision_before_acceptance_is_refused()
    {
        var s = await AwardScenario.Publicized(browser.Platform);
        var evidence = await TenderScenario.Read(await s.Bidders[1].Client.PostAsync("/api/v1/complaints/evidence", new ByteArrayContent(Evidence)));
        var filed = await TenderScenario.Read(await s.Bidders[1].Client.PostAsJsonAsync("/api/v1/complaints", new
        {
            tenderId = s.Tender.TenderId, text = "第一中标候选人业绩证明不实", knownAt = s.Tender.Now.AddHours(-1), evidence = new[] { evidence.GetProperty("sha256Hex").GetString() },
        }));
        var id = filed.GetProperty("id").GetString()!;
        var tab = await PortalTab.Open(browser, s.Tender.Supervisor, "/complaints/handling", "en-US");
        Assert.True(await tab.Done(), await tab.Errors());
        var queued = tab.Page.Locator("#queue tbody tr", new() { HasText = id });
        Assert.Contains("Filed, awaiting acceptance", await queued.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await tab.Click($"#queue tbody tr:has-text('{id}') button"), await tab.Errors());
        Assert.Contains("第一中标候选人业绩证明不实", await tab.Text("#case"), StringComparison.Ordinal);
        Assert.Equal(1, await tab.Page.Locator("#evidence tbody tr").CountAsync());

        await tab.Page.FillAsync("#note", "投诉属实，应当重新招标");
        await tab.Page.SelectOptionAsync("#outcome", "Retender");
        Assert.False(await tab.Click("#decide"));
        Assert.StartsWith("COMPLAINT-STATE", await tab.Errors(), StringComparison.Ordinal);

        await tab.Page.FillAsync("#note", "符合受理条件");
        Assert.True(await tab.Click("#accept"), await tab.Errors());
        var accepted = await tab.Text("#case");
        Assert.Contains("Accepted, being handled", accepted, StringComparison.Ordinal);
        Assert.Contains("days left", accepted, StringComparison.Ordinal); // BLR 61: 30 working days to decide
        await tab.Page.FillAsync("#note", "投诉处理期间暂停");
        Assert.True(await tab.Click("#suspend"), await tab.Errors());
        Assert.Equal("Suspended", (await s.Tender.Tender()).GetProperty("status").GetString());

        await tab.Page.FillAsync("#note", "投诉属实，应当重新招标");
        Assert.True(await tab.Click("#decide"), await tab.Errors());
        Assert.Contains("Upheld: tender again", await tab.Text("#case"), StringComparison.Ordinal);
        Assert.Equal(0, await tab.Page.Locator("#queue tbody tr", new() { HasText = id }).CountAsync());
        Assert.Equal("Retendered", (await s.Tender.Tender()).GetProperty("status").GetString());

        // The queue is supervision's: a bidder opening the page sees the platform's refusal.
        var bidder = await PortalTab.Open(browser, s.Bidders[1].Client, "/complaints/handling", "en-US");
        Assert.False(await bidder.Done());
        Assert.Equal("AUTH-FORBIDDEN Your role may not do this.", await bidder.Errors());
    }

    private static async Task Fill(PortalTab tab, AwardScenario s, DateTimeOffset knownAt, string text)
    {
        await tab.Page.FillAsync("#tender", s.Tender.TenderId);
        await tab.Page.FillAsync("#known", knownAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await tab.Page.FillAsync("#text", text);
    }
}
