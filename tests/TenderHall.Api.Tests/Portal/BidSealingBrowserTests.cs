using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Payload;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Opening;

namespace TenderHall.Api.Tests.Portal;

/// <summary>Sealing, uploading and checking a bid in a real browser (WebCrypto), opened by the platform's own opening session.</summary>
public sealed class BidSealingBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task A_bid_sealed_in_the_browser_is_opened_by_the_opening_session_and_its_plaintext_matches()
    {
        BidderKit? web = null;
        var attachments = new[] { BrowserBid.Attachment("技术标.pdf", (5 << 19) + 12345), BrowserBid.Attachment("报价清单.xlsx", 777) };
        var o = await OpeningScenario.Create(browser.Platform, bids: 3, beforeDeadline: async (tender, _) =>
        {
            web = await BidderKit.Join(tender, browser.Platform.Services, "bidder-browser");
            var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
            var violations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
            };
            await BrowserBid.Open(page, browser.BaseAddress, web, tender.TenderId);

            // An empty form is refused with the summary of its errors at the top, each linking to its field.
            await page.ClickAsync("#bid-form button[type=submit]");
            await page.WaitForSelectorAsync("body[data-bid=invalid]");
            Assert.Equal(new[] { "#price", "#duration", "#quality", "#deposit", "#signing-key" }, await page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
            Assert.Contains("请按格式填写投标报价", await page.InnerTextAsync("#errors"));

            await BrowserBid.Submit(page, web, "1234567.89", attachments);
            await page.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });
            Assert.Equal("pass", await page.GetAttributeAsync("body", "data-receipt"));
            Assert.Equal(6, await page.Locator("#steps li[data-state=done]").CountAsync());
            Assert.Contains("已递交", await page.InnerTextAsync("#standing-status"));
            // The receipt downloads as the platform issued it.
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#receipt-download"));
            using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
            Assert.Equal(web.Id, saved.RootElement.GetProperty("bidderId").GetString());
            Assert.Contains(saved.RootElement.GetProperty("envelopeSha256").GetString()!, await page.InnerTextAsync("#standing-hash"));
            // Every script ran under the page's policy: nothing came from elsewhere, nothing was refused.
            Assert.Empty(violations);
        });
        Assert.NotNull(web);

        // The opening hall shows when the background decryption is done (the in-process feed watcher needs the test server).
        var hall = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        await hall.GotoAsync(new Uri(browser.BaseAddress, $"/tenders/{o.Tender.TenderId}/opening").ToString());
        await hall.WaitForSelectorAsync("body[data-feed=live]", new() { Timeout = 30_000 });
        await o.Open(browser.Platform);
        await hall.WaitForSelectorAsync("#feed li[data-type='opening.record-published']", new() { Timeout = 60_000 });
        var row = (await o.View()).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("bidderId").GetString() == web.Id);

        Assert.Equal("Opened", row.GetProperty("outcome").GetString());
        Assert.Equal("1234567.89", row.GetProperty("price").GetString());
        Assert.Equal(365, row.GetProperty("durationDays").GetInt32());
        Assert.Equal("合格，争创省级优质工程", row.GetProperty("qualityCommitment").GetString());
        // The decrypted payload is, byte for byte, the payload TenderHall.Crypto writes for the same form and attachments.
        Assert.Equal(await PayloadSha256(new BidForm("1234567.89", 365, "合格，争创省级优质工程", "DEP-" + web.Id), attachments), row.GetProperty("payloadSha256").GetString());
    }

    [Fact]
    public async Task Under_bidder_and_quorum_a_browser_bid_opens_with_the_bidders_own_part()
    {
        BidderKit? web = null;
        var attachments = new[] { BrowserBid.Attachment("technical.pdf", (3 << 20) + 5) };
        var o = await OpeningScenario.Create(browser.Platform, bids: 3, policy: "BidderAndQuorum", beforeDeadline: async (tender, _) =>
        {
            web = await BidderKit.Join(tender, browser.Platform.Services, "bidder-quorum");
            var page = await browser.Browser.NewPageAsync(new() { Locale = "en-US" });
            await BrowserBid.Open(page, browser.BaseAddress, web, tender.TenderId, "?lang=en");
            Assert.True(await page.IsVisibleAsync("#encryption-key"));
            // The demo key JSON gives both keys: the signing key and the public half of the encryption key.
            await BrowserBid.Submit(page, web, "765432.10", attachments, BrowserBid.DemoKeyFile(web), quorum: true);
            await page.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });
        });
        Assert.NotNull(web);
        await o.Open(browser.Platform);

        // The bidder unwraps its part of the content key with its own key, as the bidder tool does, and the bid opens.
        var envelope = await web.Client.GetByteArrayAsync($"/api/v1/tenders/{o.Tender.TenderId}/envelopes/{web.Id}");
        var part = await SealedEnvelope.BidderPartAsync(new MemoryStream(envelope), web.EncryptionKey);
        var signature = web.Key.Sign(ShareSignature.BidderPartMessage(o.Tender.TenderId, web.Id, part));
        TenderScenario.Ok(await web.Client.PostAsJsonAsync($"{o.Url}/bidder-part", new { part = Convert.ToBase64String(part), signature = Convert.ToBase64String(signature) }));

        var row = (await o.View()).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("bidderId").GetString() == web.Id);
        Assert.Equal("Opened", row.GetProperty("outcome").GetString());
        Assert.Equal("765432.10", row.GetProperty("price").GetString());
        Assert.Equal(await PayloadSha256(new BidForm("765432.10", 365, "合格，争创省级优质工程", "DEP-" + web.Id), attachments), row.GetProperty("payloadSha256").GetString());
    }

    [Fact]
    public async Task An_upload_cut_off_mid_way_resumes_where_it_stopped_even_after_the_tab_was_closed()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-resume");
        var attachment = BrowserBid.Attachment("technical.pdf", (10 << 20) + 4321);
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", BypassCSP = true });

        // First tab: the first 4 MiB chunk arrives, then the platform is busy for an hour and the bidder closes the tab.
        var first = await context.NewPageAsync();
        await BrowserBid.Open(first, browser.BaseAddress, bidder, s.TenderId, "?lang=en");
        var cut = await BrowserBid.HoldAfterFirstChunk(first);
        await BrowserBid.Submit(first, bidder, "880000.00", [attachment]);
        Assert.Equal(4L << 20, await cut.WaitAsync(TimeSpan.FromSeconds(120)));
        await first.WaitForSelectorAsync("body[data-upload=waiting]");
        Assert.Contains("The upload was interrupted", await first.InnerTextAsync("#progress-status"));
        await first.CloseAsync();

        // Second tab (the token went with the first): the browser remembers the sealed bid; the same file continues it.
        var second = await context.NewPageAsync();
        var offsets = new List<long>();
        var dropped = false;
        await second.RouteAsync(BrowserBid.Chunks, async route =>
        {
            var offset = BrowserBid.Offset(route.Request.Url);
            lock (offsets) offsets.Add(offset);
            // The connection breaks once more in the middle of the second tab's upload.
            if (offset == 8L << 20 && !dropped)
            {
                dropped = true;
                await route.AbortAsync();
            }
            else await route.ContinueAsync();
        });
        await BrowserBid.Open(second, browser.BaseAddress, bidder, s.TenderId, "?lang=en");
        Assert.Equal("pending", await second.GetAttributeAsync("body", "data-bid"));
        Assert.Contains("technical.pdf", await second.InnerTextAsync("#resume-files"));
        await Accessibility.AssertNoSeriousViolations(second);
        await second.SetInputFilesAsync("#resume-attachments", attachment);
        await second.ClickAsync("#resume-form button[type=submit]");
        await second.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });

        // Nothing the platform held was sent again: the second tab began at 4 MiB and repeated only the dropped chunk.
        Assert.Equal(new[] { 4L << 20, 8L << 20, 8L << 20 }, offsets);
        Assert.Equal("pass", await second.GetAttributeAsync("body", "data-receipt"));
        await Accessibility.AssertNoSeriousViolations(second);
        Assert.Contains("Submitted", await second.InnerTextAsync("#standing-status"));
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Contains(mine.GetProperty("current").GetProperty("envelopeSha256").GetString()!, await second.InnerTextAsync("#standing-hash"));
        Assert.True(mine.GetProperty("current").GetProperty("size").GetInt64() > attachment.Buffer.Length);

        // Before the deadline the bid can be withdrawn (BLR 35).
        await second.ClickAsync("#withdraw");
        await second.ClickAsync("#withdraw-confirm");
        await second.WaitForSelectorAsync("body[data-bid=withdrawn]");
        Assert.Equal("Withdrawn", await second.InnerTextAsync("#standing-status"));
        Assert.True((await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"))).GetProperty("withdrawn").GetBoolean());
    }

    [Fact]
    public async Task An_upload_paused_until_its_parts_were_swept_starts_again_from_the_first_byte()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-swept");
        var attachment = BrowserBid.Attachment("technical.pdf", (5 << 20) + 99);
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-CN" });
        var first = await context.NewPageAsync();
        await BrowserBid.Open(first, browser.BaseAddress, bidder, s.TenderId);
        var cut = await BrowserBid.HoldAfterFirstChunk(first);
        await BrowserBid.Submit(first, bidder, "660000.00", [attachment]);
        await cut.WaitAsync(TimeSpan.FromSeconds(120));
        await first.WaitForSelectorAsync("body[data-upload=waiting]");
        await first.CloseAsync();

        // The platform sweeps unfinished uploads' parts once they are older than TenderHall:Staging:MaxAge.
        await browser.Platform.Services.GetRequiredService<IBlobStore>().SweepStagedAsync(browser.Platform.Clock.GetUtcNow().AddDays(30), default);

        var second = await context.NewPageAsync();
        var offsets = new List<long>();
        second.Request += (_, request) =>
        {
            if (BrowserBid.Chunks.IsMatch(request.Url)) lock (offsets) offsets.Add(BrowserBid.Offset(request.Url));
        };
        await BrowserBid.Open(second, browser.BaseAddress, bidder, s.TenderId);
        await second.SetInputFilesAsync("#resume-attachments", attachment);
        await second.ClickAsync("#resume-form button[type=submit]");
        await second.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });

        // Refused at 4 MiB (BID-UPLOAD-EXPIRED), the same envelope is sealed again into a new upload from its first byte.
        Assert.Equal(new[] { 4L << 20, 0, 4L << 20 }, offsets);
        Assert.Equal("pass", await second.GetAttributeAsync("body", "data-receipt"));
    }

    [Theory]
    [InlineData("zh-CN", "", "验证通过", "验证未通过")]
    [InlineData("en-US", "?lang=en", "Verified:", "NOT verified:")]
    public async Task The_public_page_verifies_a_receipt_in_the_browser_and_refuses_a_tampered_one(string locale, string query, string passed, string failed)
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-receipt");
        var envelope = await bidder.Seal("990000.00", "技术标");
        var receipt = await TenderScenario.Read(await bidder.Submit(envelope));
        var page = await browser.Browser.NewPageAsync(new() { Locale = locale, BypassCSP = true });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/receipts/verify" + query).ToString());
        await page.WaitForSelectorAsync("body[data-verify=ready]");

        await Verify(page, receipt.GetRawText(), envelope);
        Assert.Equal("pass", await page.GetAttributeAsync("body", "data-verify"));
        Assert.StartsWith(passed, await page.InnerTextAsync("#receipt-verdict"));
        Assert.Equal(6, await page.Locator("#receipt-steps tbody tr").CountAsync());
        Assert.Equal(6, await page.Locator("#receipt-steps tbody td:text-is('✓')").CountAsync());
        await Accessibility.AssertNoSeriousViolations(page);

        // Another bidder named in the file, an altered signature, another envelope: each fails at its own step.
        await Verify(page, Edited(receipt, "bidderId", _ => "bidder-else"), null);
        Assert.Equal("fail", await page.GetAttributeAsync("body", "data-verify"));
        Assert.StartsWith(failed, await page.InnerTextAsync("#receipt-verdict"));
        Assert.StartsWith("✗", await page.InnerTextAsync("#receipt-steps tr[data-step=fields] td:nth-child(2)"));

        await Verify(page, Edited(receipt, "receipt", Forge), null);
        Assert.StartsWith("✗", await page.InnerTextAsync("#receipt-steps tr[data-step=note] td:nth-child(2)"));

        await Verify(page, receipt.GetRawText(), [.. envelope, 0]);
        Assert.StartsWith("✗", await page.InnerTextAsync("#receipt-steps tr[data-step=envelope] td:nth-child(2)"));
    }

    [Fact]
    public async Task The_public_log_page_verifies_the_latest_checkpoint_in_the_browser_and_refuses_an_altered_one()
    {
        await OpenTender();
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN", BypassCSP = true });
        await page.GotoAsync(new Uri(browser.BaseAddress, "/transparency").ToString());
        await page.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]");

        Assert.Equal("pass", await page.GetAttributeAsync("#log-verdict", "data-result"));
        Assert.StartsWith("签名有效", await page.InnerTextAsync("#log-verdict"), StringComparison.Ordinal);
        var note = (await page.InnerTextAsync("#log-note")).Split('\n');
        Assert.Equal(note[1], await page.InnerTextAsync("#log-size"));
        Assert.Equal(note[2], await page.InnerTextAsync("#log-root"));
        Assert.True(long.Parse(note[1], System.Globalization.CultureInfo.InvariantCulture) > 0);
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "public-transparency-log");

        // A checkpoint whose size was changed on the way no longer carries the log key's signature.
        var altered = await browser.Browser.NewPageAsync(new() { Locale = "en-US" });
        await altered.RouteAsync("**/api/v1/transparency/checkpoint", async route =>
        {
            var response = await route.FetchAsync();
            var lines = (await response.TextAsync()).Split('\n');
            lines[1] = (long.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await route.FulfillAsync(new() { Response = response, Body = string.Join('\n', lines) });
        });
        await altered.GotoAsync(new Uri(browser.BaseAddress, "/transparency?lang=en").ToString());
        await altered.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]");
        Assert.Equal("fail", await altered.GetAttributeAsync("#log-verdict", "data-result"));
        Assert.StartsWith("Not verified:", await altered.InnerTextAsync("#log-verdict"), StringComparison.Ordinal);
    }

    private async Task<TenderScenario> OpenTender()
    {
        var s = new TenderScenario(browser.Platform);
        await s.Register();
        await s.Publish();
        return s;
    }

    private static async Task Verify(IPage page, string receipt, byte[]? envelope)
    {
        await page.EvaluateAsync("() => { document.body.dataset.verify = 'ready'; }");
        FilePayload[] envelopes = envelope is null ? [] : [new FilePayload { Name = "bid.thse", MimeType = "application/octet-stream", Buffer = envelope }];
        await page.SetInputFilesAsync("#envelope-file", envelopes);
        await page.SetInputFilesAsync("#receipt-file", new FilePayload { Name = "receipt.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(receipt) });
        await page.WaitForSelectorAsync("body[data-verify=pass], body[data-verify=fail]", new() { Timeout = 30_000 });
    }

    private static string Edited(JsonElement receipt, string field, Func<string, string> edit)
    {
        var json = JsonNode.Parse(receipt.GetRawText())!;
        json[field] = edit(json[field]!.GetValue<string>());
        return json.ToJsonString();
    }

    // The same note with one bit of the signature flipped.
    private static string Forge(string note)
    {
        var at = note.LastIndexOf(' ') + 1;
        var signature = Convert.FromBase64String(note[at..^1]);
        signature[^1] ^= 1;
        return note[..at] + Convert.ToBase64String(signature) + "\n";
    }

    private static async Task<string> PayloadSha256(BidForm form, IEnumerable<FilePayload> attachments)
    {
        using var payload = new MemoryStream();
        var writer = new BidPayloadWriter(payload);
        await writer.WriteFormAsync(form);
        foreach (var attachment in attachments) await writer.AddAttachmentAsync(attachment.Name, new MemoryStream(attachment.Buffer), attachment.Buffer.Length);
        await writer.CompleteAsync();
        return Convert.ToHexStringLower(SHA256.HashData(payload.ToArray()));
    }
}
