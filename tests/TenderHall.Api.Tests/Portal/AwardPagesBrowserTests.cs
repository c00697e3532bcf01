using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TenderHall.Api.Tests.Award;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The agency's award page and the parties' contract page in Chromium, against the real API with each role's token.</summary>
public sealed partial class AwardPagesBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task The_agency_answers_an_objection_awards_the_first_candidate_after_BLR_55_refuses_the_second_and_falls_through_when_the_first_fails_its_bond()
    {
        var s = await AwardScenario.Publicized(browser.Platform);
        TenderScenario.Ok(await s.Bidders[2].Client.PostAsJsonAsync($"{s.Url}/award/objections", new { text = "第一名业绩证明不实" }));
        var agency = await PortalTab.Open(browser, s.Tender.Agency, $"/award/admin?tender={s.Tender.TenderId}", "zh-CN");
        Assert.True(await agency.Done(), await agency.Errors());
        Assert.Equal(3, await agency.Page.Locator("#candidates tbody tr").CountAsync());
        var objection = await agency.Text("#objections tbody tr");
        Assert.Contains("第一名业绩证明不实", objection);
        Assert.Matches(DaysLeftZh(), objection); // the 3-day answer clock (BLR 54)

        await agency.Page.FillAsync("#objection-answer", "经核查，业绩证明真实。");
        Assert.True(await agency.Click("#objections tbody tr button"), await agency.Errors());
        Assert.Contains("已完成", await agency.Text("#objections tbody tr"));
        await s.EndPublicity();

        // Only the agency awards: a bidder on the same page is refused by the platform, and the page says so.
        var bidder = await PortalTab.Open(browser, s.Bidders[1].Client, $"/award/admin?tender={s.Tender.TenderId}", "zh-CN");
        Assert.True(await bidder.Done(), await bidder.Errors());
        Assert.False(await bidder.Click("#candidates tbody tr:nth-child(1) button"));
        Assert.StartsWith("AUTH-FORBIDDEN", await bidder.Errors(), StringComparison.Ordinal);

        Assert.True(await agency.Click("#load"), await agency.Errors());
        await agency.Page.FillAsync("#reason", "报价更优");
        Assert.False(await agency.Click("#candidates tbody tr:nth-child(2) button"));
        var refusal = await agency.Errors();
        Assert.StartsWith("BLR-55", refusal, StringComparison.Ordinal);
        Assert.Contains("国有资金", refusal, StringComparison.Ordinal);

        await agency.Page.FillAsync("#reason", "");
        Assert.True(await agency.Click("#candidates tbody tr:nth-child(1) button"), await agency.Errors());
        Assert.True(await agency.Page.IsHiddenAsync("#errors"));
        var winner = await agency.Text("#winner");
        Assert.Contains("投标人" + s.Bidders[0].Id, winner, StringComparison.Ordinal);
        Assert.Equal(2, DaysLeftZh().Count(winner)); // the contract (BL 46) and written report (BL 47) clocks
        Assert.Equal("中标人", await agency.Text("#candidates tbody tr:nth-child(1) td:nth-child(5)"));
        Assert.EndsWith("/award/notice.pdf", await agency.Page.GetAttributeAsync("#notice", "href"), StringComparison.Ordinal);
        Assert.Equal(s.Bidders[0].Id, (await s.Award()).GetProperty("award").GetProperty("bidderId").GetString());

        // BLR 55: the winner fails its performance bond; the award falls to the next in rank, chosen on the same page.
        await agency.Page.FillAsync("#decline-reason", "未按招标文件要求提交履约保证金");
        Assert.True(await agency.Click("#decline"), await agency.Errors());
        Assert.Equal("已放弃", await agency.Text("#candidates tbody tr:nth-child(1) td:nth-child(5)"));
        Assert.Contains("未按招标文件要求提交履约保证金", await agency.Text("#declined"), StringComparison.Ordinal);
        Assert.True(await agency.Click("#candidates tbody tr:nth-child(2) button"), await agency.Errors());
        Assert.Contains("投标人" + s.Bidders[1].Id, await agency.Text("#winner"), StringComparison.Ordinal);
        Assert.Equal(s.Bidders[1].Id, (await s.Award()).GetProperty("award").GetProperty("bidderId").GetString());
    }

    [Fact]
    public async Task Both_parties_sign_the_contract_on_the_page_and_the_agency_reports_and_archives_after_a_bond_above_10_percent_is_refused()
    {
        var s = await AwardScenario.Publicized(browser.Platform);
        await s.EndPublicity();
        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/award", new { winnerId = s.Bidders[0].Id }));
        var agency = await PortalTab.Open(browser, s.Tender.Agency, $"/award/contract?tender={s.Tender.TenderId}", "en-US");
        Assert.True(await agency.Done(), await agency.Errors());
        Assert.Equal("Contract, written report and archive", await agency.Text("h1"));
        Assert.Matches(DaysLeftEn(), await agency.Text("#summary tbody tr:nth-child(2)")); // BL 46: 30 days

        await agency.Page.FillAsync("#value", "1000000");
        await agency.Page.FillAsync("#bond", "200000");
        await agency.Page.FillAsync("#terms", "工期180日，质量合格。");
        Assert.False(await agency.Click("#draft"));
        var refusal = await agency.Errors();
        Assert.StartsWith("BLR-58", refusal, StringComparison.Ordinal);
        Assert.Contains("10 %", refusal, StringComparison.Ordinal);
        await agency.Page.FillAsync("#bond", "100000");
        Assert.True(await agency.Click("#draft"), await agency.Errors());

        // A bidder that did not win is no party to the contract.
        var outsider = await PortalTab.Open(browser, s.Bidders[1].Client, $"/award/contract?tender={s.Tender.TenderId}", "en-US");
        Assert.True(await outsider.Done(), await outsider.Errors());
        Assert.False(await outsider.Click("#prepare"));
        Assert.StartsWith("CONTRACT-PARTY", await outsider.Errors(), StringComparison.Ordinal);

        await Sign(agency, s.AgencyKey);
        var winner = await PortalTab.Open(browser, s.Bidders[0].Client, $"/award/contract?tender={s.Tender.TenderId}", "en-US");
        Assert.True(await winner.Done(), await winner.Errors());
        await Sign(winner, s.Bidders[0].Key);
        Assert.Equal(2, await winner.Page.Locator("#signatures tbody tr").CountAsync());
        Assert.Contains("(done)", await winner.Text("#summary tbody tr:nth-child(2)"), StringComparison.Ordinal);
        Assert.Equal("Contracted", (await s.Award()).GetProperty("status").GetString());

        Assert.True(await agency.Click("#report"), await agency.Errors());
        Assert.Contains("(done)", await agency.Text("#summary tbody tr:nth-child(7)"), StringComparison.Ordinal); // BL 47
        Assert.True(await agency.Click("#archive"), await agency.Errors());
        var certificate = await agency.Page.GetAttributeAsync("#certificate", "href");
        Assert.True(await agency.Page.IsVisibleAsync("#certificate"));
        Assert.Contains("\"statement\"", await s.Tender.Anonymous.GetStringAsync(certificate), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Archived", (await s.Award()).GetProperty("status").GetString());
    }

    // The party prepares, signs the signed attributes in its own tool (here: the test's key), pastes the signature.
    private static async Task Sign(PortalTab party, SignatureKey key)
    {
        Assert.True(await party.Click("#prepare"), await party.Errors());
        var attributes = Convert.FromBase64String(await party.Page.InputValueAsync("#attributes"));
        await party.Page.FillAsync("#signature", Convert.ToBase64String(key.Sign(attributes)));
        Assert.True(await party.Click("#sign"), await party.Errors());
    }

    [GeneratedRegex(@"剩余 \d+ 天")]
    private static partial Regex DaysLeftZh();

    [GeneratedRegex(@"\d+ days left")]
    private static partial Regex DaysLeftEn();
}
