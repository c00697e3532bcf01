using System.Net.Http.Json;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The bidder's pages in Chromium against the real API: documents and the simulated bank, questions, objections, guarantee letters, replacing a bid, and its line in the opening.</summary>
public sealed class BidderPagesBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private static readonly byte[] Documents = "招标文件正文"u8.ToArray();

    [Fact]
    public async Task A_bidder_orders_the_documents_pays_at_the_simulated_bank_and_downloads_them_only_once_paid_and_nothing_public_changes()
    {
        var s = await OnSale();
        var before = await Public(s);
        var tab = await Open(s.Bidder(Id("bidder-docs")), $"/my/tenders/{s.TenderId}/documents", "zh-CN");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal("none", await tab.Page.GetAttributeAsync("body", "data-order"));
        Assert.Contains("300.00", await tab.Text("#fee"), StringComparison.Ordinal);

        // BL 22: the documents go only to a paying holder; the refusal names its rule.
        Assert.False(await tab.Click("#download"));
        Assert.Contains("TENDER-HOLDER", await tab.Errors(), StringComparison.Ordinal);
        Assert.True(await tab.Click("#order"), await tab.Errors());
        Assert.Equal("AwaitingPayment", await tab.Page.GetAttributeAsync("body", "data-order"));
        Assert.False(await tab.Click("#download"));
        Assert.Contains("TENDER-HOLDER", await tab.Errors(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-documents");

        // The bank's page shows the order and the amount; paying makes the bank's signed callback, which the platform verifies.
        await tab.Page.ClickAsync("#pay");
        await tab.Page.WaitForURLAsync("**/demo/bank/pay**");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Contains("¥300.00", await tab.Text("#amount"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-bank");
        Assert.True(await tab.Click("#pay"), await tab.Errors());
        Assert.Contains("付款成功", await tab.Text("#page-status"), StringComparison.Ordinal);
        // The same order cannot be paid twice: the platform's refusal comes back through the bank.
        Assert.False(await tab.Click("#pay"));
        Assert.StartsWith("FEE-PAYMENT-CONFLICT", await tab.Errors(), StringComparison.Ordinal);

        await tab.Page.ClickAsync("#back");
        await tab.Page.WaitForURLAsync($"**/my/tenders/{s.TenderId}/documents");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal("Paid", await tab.Page.GetAttributeAsync("body", "data-order"));
        Assert.Contains("电子票据", await tab.Text("#receipt"), StringComparison.Ordinal);
        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.ClickAsync("#download"));
        Assert.Equal(Documents, await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Equal(before, await Public(s));
    }

    [Fact]
    public async Task The_simulated_bank_signs_what_it_is_asked_to_but_the_platform_refuses_an_amount_other_than_the_order()
    {
        var s = await OnSale();
        var bidder = s.Bidder(Id("bidder-amount"));
        var order = await TenderScenario.Read(await bidder.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = s.TenderId, amountFen = 30_000 }));
        var id = order.GetProperty("id").GetString()!;
        var tab = await Open(bidder, $"/demo/bank/pay?order={Uri.EscapeDataString(id)}&amount=100&return=/my", "en-US");
        Assert.True(await tab.Done());
        Assert.False(await tab.Click("#pay"));
        Assert.StartsWith("FEE-AMOUNT", await tab.Errors(), StringComparison.Ordinal);
        Assert.Equal("AwaitingPayment", (await TenderScenario.Read(await bidder.GetAsync($"/api/v1/fees/orders/{Uri.EscapeDataString(id)}"))).GetProperty("status").GetString());
        // Only pages of the bidder's own come back: an address elsewhere gets no link.
        var elsewhere = await Open(bidder, $"/demo/bank/pay?order={Uri.EscapeDataString(id)}&amount=30000&return=//example.org/my", "en-US");
        Assert.Equal(0, await elsewhere.Page.Locator("#back").CountAsync());
    }

    [Fact]
    public async Task A_holder_asks_a_question_and_reads_the_clarification_that_answers_it_in_English()
    {
        var s = await OnSale();
        var id = Id("bidder-ask");
        await s.BuyDocuments(id);
        var tab = await Open(s.Bidder(id), $"/my/tenders/{s.TenderId}/questions?lang=en", "en-US");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.False(await tab.Click("#ask-form button[type=submit]"));
        Assert.Equal(["#question"], await Links(tab));
        Assert.Contains("Enter your question", await tab.Errors(), StringComparison.Ordinal);

        await tab.Page.FillAsync("#question", "第三章评分标准中“类似业绩”是否包含在建项目？");
        Assert.True(await tab.Click("#ask-form button[type=submit]"), await tab.Errors());
        Assert.Contains("Question 1 sent", await tab.Text("#page-status"), StringComparison.Ordinal);
        TenderScenario.Ok(await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/clarifications", new { answers = new[] { 1 }, text = "类似业绩仅指已竣工验收的项目。" }));

        await tab.Page.ReloadAsync();
        Assert.True(await tab.Done(), await tab.Errors());
        var row = await tab.Text("#clarifications tbody tr");
        Assert.Contains("类似业绩仅指已竣工验收的项目。", row, StringComparison.Ordinal);
        Assert.Contains("是否包含在建项目", row, StringComparison.Ordinal);
        Assert.DoesNotContain(id, row, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-questions-en");
    }

    [Fact]
    public async Task A_holder_objects_with_its_grounds_and_evidence_and_follows_the_answer_clock_an_outsider_without_interest_is_refused()
    {
        var s = await OnSale();
        var id = Id("bidder-object");
        await s.BuyDocuments(id);
        var tab = await Open(s.Bidder(id), $"/my/tenders/{s.TenderId}/objections", "zh-CN");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Contains("剩余", await tab.Text("#cutoff"), StringComparison.Ordinal); // BLR 22: ≥ 10 days before the deadline
        Assert.False(await tab.Click("#object-form button[type=submit]"));
        Assert.Equal(["#grounds"], await Links(tab));

        // Someone who did not obtain the documents must state its interest (BLR 22).
        var outsider = await Open(s.Bidder(Id("bidder-outside")), $"/my/tenders/{s.TenderId}/objections", "zh-CN");
        Assert.True(await outsider.Done(), await outsider.Errors());
        await outsider.Page.FillAsync("#grounds", "资格条件排斥专业分包商");
        Assert.False(await outsider.Click("#object-form button[type=submit]"));
        Assert.Contains("BLR-22-INTEREST", await outsider.Errors(), StringComparison.Ordinal);
        Assert.Equal(0, await outsider.Page.Locator("#objections tbody tr").CountAsync());

        await tab.Page.FillAsync("#grounds", "第二章资格条件要求“省内同类业绩”，排斥省外潜在投标人（招标投标法实施条例第三十二条）。");
        var clause = "招标文件第二章第3.2条截图"u8.ToArray();
        await tab.Page.SetInputFilesAsync("#evidence", new[]
        {
            new FilePayload { Name = "第二章.png", MimeType = "image/png", Buffer = clause },
            new FilePayload { Name = "业绩证明.pdf", MimeType = "application/pdf", Buffer = "省外同类业绩合同"u8.ToArray() },
        });
        Assert.True(await tab.Click("#object-form button[type=submit]"), await tab.Errors());
        Assert.Contains("异议 O1 已提出", await tab.Text("#page-status"), StringComparison.Ordinal);
        Assert.Contains("剩余", await tab.Text("#objections tbody tr"), StringComparison.Ordinal); // answered within 3 days

        // The evidence went with the objection (stored first, named by hash) and is read back with the tab's token.
        Assert.Equal(2, await tab.Page.Locator("#objections tbody tr td:last-child button").CountAsync());
        var download = await tab.Page.RunAndWaitForDownloadAsync(() => tab.Page.Locator("#objections tbody tr td:last-child button").First.ClickAsync());
        Assert.Equal(clause, await File.ReadAllBytesAsync(await download.PathAsync()));

        var mine = await Open(s.Bidder(id), "/my/objections", "zh-CN");
        Assert.True(await mine.Done(), await mine.Errors());
        var row = await mine.Text("#objections tbody tr");
        Assert.Contains("测试道路工程一标段施工", row, StringComparison.Ordinal);
        Assert.Contains("省内同类业绩", row, StringComparison.Ordinal);
        Assert.Contains("剩余", row, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(mine.Page);
        await Screenshots.Keep(mine.Page, "bidder-my-objections");
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-objection");
    }

    [Fact]
    public async Task A_holder_lodges_a_guarantee_letter_which_the_simulated_issuer_verifies_a_letter_below_the_deposit_is_refused()
    {
        var s = await OnSale();
        var id = Id("bidder-letter");
        await s.BuyDocuments(id);
        var tab = await Open(s.Bidder(id), $"/my/tenders/{s.TenderId}/guarantee?lang=en", "en-US");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal("none", await tab.Page.GetAttributeAsync("body", "data-letter"));
        Assert.False(await tab.Click("#letter-form button[type=submit]"));
        Assert.Equal(["#issuer-name", "#issuer-code", "#letter-no", "#valid-from", "#valid-until"], await Links(tab));

        var deadline = (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8));
        await tab.Page.FillAsync("#issuer-name", "中国建设银行海口分行");
        await tab.Page.FillAsync("#issuer-code", TenderHall.Api.Tests.Platform.TestCreditCodes.New("91"));
        await tab.Page.FillAsync("#letter-no", "BG-" + id);
        await tab.Page.FillAsync("#valid-from", s.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await tab.Page.FillAsync("#valid-until", deadline.AddDays(90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await tab.Page.FillAsync("#amount", "100.00");
        Assert.False(await tab.Click("#letter-form button[type=submit]"));
        Assert.Contains("GUAR-AMOUNT-LOW", await tab.Errors(), StringComparison.Ordinal);
        await tab.Page.FillAsync("#amount", "500000.00");
        Assert.True(await tab.Click("#letter-form button[type=submit]"), await tab.Errors());
        Assert.Equal("Lodged", await tab.Page.GetAttributeAsync("body", "data-letter"));
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-guarantee-en");

        await tab.Page.ClickAsync("#issuer");
        await tab.Page.WaitForURLAsync("**/demo/bank/guarantee**");
        Assert.True(await tab.Done(), await tab.Errors());
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        Assert.True(await tab.Click("#verify"), await tab.Errors());
        Assert.Contains("verified", await tab.Text("#page-status"), StringComparison.Ordinal);
        // One decision per letter: the platform refuses the second, and the bank page shows why.
        Assert.False(await tab.Click("#reject"));
        Assert.StartsWith("GUAR-DECIDED", await tab.Errors(), StringComparison.Ordinal);
        await tab.Page.ClickAsync("#back");
        await tab.Page.WaitForURLAsync($"**/my/tenders/{s.TenderId}/guarantee*");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal("Verified", await tab.Page.GetAttributeAsync("body", "data-letter"));
    }

    [Fact]
    public async Task A_bidder_buys_through_the_pages_submits_then_replaces_its_bid_and_only_the_last_counts()
    {
        var s = await OnSale();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-replace", buyDocuments: false);
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN", BypassCSP = true });
        var documents = await BidderJourney.BuyDocumentsAndSubmitSealedBid(page, browser.BaseAddress, bidder, s.TenderId, "990000.00", [BrowserBid.Attachment("技术标.pdf", 2048)]);
        Assert.Equal(Documents, documents);
        var first = await page.InnerTextAsync("#standing-hash");
        Assert.Equal("替换投标文件", await page.InnerTextAsync("#bid-heading"));
        Assert.Contains("最后收到的一份", await page.InnerTextAsync("#what-counts"), StringComparison.Ordinal);

        await page.EvaluateAsync("() => { document.body.dataset.bid = ''; }");
        await BrowserBid.Submit(page, bidder, "970000.00", [BrowserBid.Attachment("技术标.pdf", 4096)]);
        await page.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });
        var second = await page.InnerTextAsync("#standing-hash");
        Assert.NotEqual(first, second);
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Contains(mine.GetProperty("current").GetProperty("envelopeSha256").GetString()!, second, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "bidder-replace");
    }

    [Fact]
    public async Task A_bidder_confirms_its_own_line_of_the_opening_record_on_its_opening_page()
    {
        var o = await OpeningScenario.Create(browser.Platform, bids: 3);
        var url = $"/my/tenders/{o.Tender.TenderId}/opening";
        var early = await Open(o.Bidders[0].Client, url, "zh-CN");
        Assert.True(await early.Done(), await early.Errors());
        Assert.Equal("none", await early.Page.GetAttributeAsync("body", "data-line"));

        // The public hall shows when the background decryption is done (as in BidSealingBrowserTests).
        var hall = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        await hall.GotoAsync(new Uri(browser.BaseAddress, $"/tenders/{o.Tender.TenderId}/opening").ToString());
        await hall.WaitForSelectorAsync("body[data-feed=live]", new() { Timeout = 30_000 });
        await o.Open(browser.Platform);
        await hall.WaitForSelectorAsync("#feed li[data-type='opening.record-published']", new() { Timeout = 60_000 });
        var tab = await Open(o.Bidders[0].Client, url + "?lang=en", "en-US");
        Assert.True(await tab.Done(), await tab.Errors());
        Assert.Equal("open", await tab.Page.GetAttributeAsync("body", "data-line"));
        Assert.Equal("1000000.00", await tab.Text("#line-price"));
        Assert.False(await tab.Click("#object-form button[type=submit]"));
        Assert.Equal(["#objection"], await Links(tab));
        Assert.True(await tab.Click("#confirm"), await tab.Errors());
        Assert.Equal("confirmed", await tab.Page.GetAttributeAsync("body", "data-line"));
        await Accessibility.AssertNoSeriousViolations(tab.Page);
        await Screenshots.Keep(tab.Page, "bidder-opening-en");
        var row = (await o.View()).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("bidderId").GetString() == o.Bidders[0].Id);
        Assert.True(row.GetProperty("confirmed").GetBoolean());

        // The other bidder objects to its line instead, for the agency to answer on the spot.
        var other = await Open(o.Bidders[1].Client, url, "zh-CN");
        Assert.True(await other.Done(), await other.Errors());
        await other.Page.FillAsync("#objection", "报价应为 1012345.00 元，大写金额为准");
        Assert.True(await other.Click("#object-form button[type=submit]"), await other.Errors());
        Assert.Equal("objected", await other.Page.GetAttributeAsync("body", "data-line"));
        await Accessibility.AssertNoSeriousViolations(other.Page);
    }

    [Fact]
    public async Task My_bids_links_every_task_and_an_expired_session_keeps_the_half_filled_form_until_the_bidder_is_back()
    {
        var s = await OnSale();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-expired");
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        await BrowserBid.SignIn(page, browser.BaseAddress, bidder);
        var row = page.Locator($"#bids tbody tr[data-tender='{s.TenderId}']");
        foreach (var task in new[] { "documents", "questions", "objections", "guarantee", "bid" })
            Assert.Equal(1, await row.Locator($"a[href='/my/tenders/{s.TenderId}/{task}']").CountAsync());
        Assert.Equal(1, await page.Locator("a[href='/my/objections']").CountAsync());

        await page.GotoAsync(new Uri(browser.BaseAddress, $"/my/tenders/{s.TenderId}/questions").ToString());
        await page.WaitForSelectorAsync("body[data-page=ready]");
        await page.FillAsync("#question", "工期是否可以调整？");
        // The token expires while the bidder types: the platform answers 401.
        await page.RouteAsync("**/api/v1/tenders/*/questions", route => route.FulfillAsync(new() { Status = 401, ContentType = "application/problem+json", Body = "{\"title\":\"Unauthorized\",\"status\":401}" }));
        var logs = new List<string>();
        page.Console += (_, m) => logs.Add(m.Text);
        page.Request += (_, r) => logs.Add(r.Method + " " + r.Url);
        await page.ClickAsync("#ask-form button[type=submit]");
        // Waits for the address to change, not for the sign-in page to finish loading, which a loaded CI box may take long over;
        // a failure says where the page stands (the page may be between documents, so nothing on it is assumed).
        try { await page.WaitForURLAsync("**/signin*", new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit }); }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => `${document.readyState} ${document.body?.dataset.page} ${document.getElementById('errors')?.innerText ?? ''}`");
            Assert.Fail(page.Url + " | " + state + " | " + string.Join("\n", logs));
        }
        await page.UnrouteAsync("**/api/v1/tenders/*/questions");
        await page.FillAsync("#organization", bidder.Id);
        await page.SetInputFilesAsync("#key", BrowserBid.KeyFile(bidder.Key));
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForURLAsync($"**/my/tenders/{s.TenderId}/questions");
        await page.WaitForSelectorAsync("body[data-page=ready]");
        Assert.Equal("工期是否可以调整？", await page.InputValueAsync("#question"));
    }

    // A published tender whose documents are on sale by the platform's clock.
    private async Task<TenderScenario> OnSale()
    {
        var s = new TenderScenario(browser.Platform);
        await s.Register();
        await s.Publish(documents: Documents);
        var saleStart = (await s.Tender()).GetProperty("schedule").GetProperty("saleStart").GetDateTimeOffset();
        if (s.Now < saleStart) s.Advance(saleStart - s.Now);
        return s;
    }

    // The public view but for its status, which the sale's start moves on the tender's next command (BL 22: nothing else may change).
    private static async Task<string> Public(TenderScenario s)
    {
        var view = System.Text.Json.Nodes.JsonNode.Parse(await s.Anonymous.GetStringAsync($"/api/v1/tenders/{s.TenderId}"))!.AsObject();
        view.Remove("status");
        view.Remove("ocdsStatus");
        return view.ToJsonString();
    }

    private async Task<PortalTab> Open(HttpClient client, string path, string locale) => await PortalTab.Open(browser, client, path, locale, bypassCsp: true);

    private static string Id(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    private static async Task<string[]> Links(PortalTab tab) =>
        await tab.Page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
}
