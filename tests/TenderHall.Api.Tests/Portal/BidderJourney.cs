using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// A bidder doing through the Portal's pages alone what a person would: sign in with its key file, buy the documents (the fee
/// order, the simulated bank's page, the download once paid), then seal and submit a bid in the browser. The whole-flow
/// tests build on it.
/// </summary>
internal static class BidderJourney
{
    private static readonly PageWaitForSelectorOptions Wait = new() { Timeout = 30_000 };

    /// <summary>
    /// Buys <paramref name="tenderId"/>'s documents (the sale must be open by the platform's clock) and returns their bytes;
    /// <paramref name="page"/> must be signed in as the bidder.
    /// </summary>
    public static async Task<byte[]> BuyDocuments(IPage page, Uri baseAddress, string tenderId, string query = "")
    {
        await page.GotoAsync(new Uri(baseAddress, $"/my/tenders/{tenderId}/documents{query}").ToString());
        await Ready(page);
        if (await page.GetAttributeAsync("body", "data-order") == "none") await Click(page, "#order");
        if (await page.GetAttributeAsync("body", "data-order") == "AwaitingPayment")
        {
            await page.ClickAsync("#pay");
            await page.WaitForURLAsync("**/demo/bank/pay**");
            await Ready(page);
            await Click(page, "#pay");
            await page.ClickAsync("#back");
            await page.WaitForURLAsync($"**/my/tenders/{tenderId}/documents**");
            await Ready(page);
        }

        Assert.Equal("Paid", await page.GetAttributeAsync("body", "data-order"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    /// <summary>Signs in, buys the documents, and seals and submits a bid on the bid page until its receipt is verified.</summary>
    public static async Task<byte[]> BuyDocumentsAndSubmitSealedBid(
        IPage page, Uri baseAddress, BidderKit bidder, string tenderId, string price, IReadOnlyList<FilePayload> attachments, string query = "")
    {
        await BrowserBid.SignIn(page, baseAddress, bidder, query);
        var documents = await BuyDocuments(page, baseAddress, tenderId, query);
        await page.GotoAsync(new Uri(baseAddress, $"/my/tenders/{tenderId}/bid{query}").ToString());
        await page.WaitForSelectorAsync("body[data-bid=ready]", Wait);
        await BrowserBid.Submit(page, bidder, price, attachments);
        await page.WaitForSelectorAsync("body[data-bid=submitted]", new() { Timeout = 120_000 });
        Assert.Equal("pass", await page.GetAttributeAsync("body", "data-receipt"));
        return documents;
    }

    private static async Task Ready(IPage page)
    {
        await page.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]", Wait);
        Assert.True(await page.GetAttributeAsync("body", "data-page") == "ready", await page.InnerTextAsync("#errors"));
    }

    private static async Task Click(IPage page, string selector)
    {
        await page.EvaluateAsync("() => { document.body.dataset.page = ''; }");
        await page.ClickAsync(selector);
        await Ready(page);
    }
}
