using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Portal;

/// <summary>A bidder in the browser: signs in with its key file, and fills the bid page as a person would.</summary>
internal static class BrowserBid
{
    /// <summary>Signs in through <c>/signin</c> in <paramref name="page"/>'s tab and opens the tender's bid page.</summary>
    public static async Task Open(IPage page, Uri baseAddress, BidderKit bidder, string tenderId, string query = "")
    {
        await SignIn(page, baseAddress, bidder, query);
        await page.GotoAsync(new Uri(baseAddress, $"/my/tenders/{tenderId}/bid{query}").ToString());
        await page.WaitForSelectorAsync("body[data-bid=ready], body[data-bid=pending]", new() { Timeout = 30_000 });
    }

    /// <summary>Signs in through <c>/signin</c> in <paramref name="page"/>'s tab with the bidder's key file and waits for "My bids".</summary>
    public static async Task SignIn(IPage page, Uri baseAddress, BidderKit bidder, string query = "")
    {
        await page.GotoAsync(new Uri(baseAddress, "/signin" + query).ToString());
        await page.FillAsync("#organization", bidder.Id);
        await page.SetInputFilesAsync("#key", KeyFile(bidder.Key));
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForSelectorAsync("body[data-my=ready]", new() { Timeout = 30_000 });
    }

    /// <summary>The chunk requests of a resumable upload.</summary>
    public static readonly Regex Chunks = new("/bids/uploads/[0-9a-f]+\\?offset=");

    /// <summary>The offset a chunk request names.</summary>
    public static long Offset(string url) => long.Parse(url[(url.IndexOf("offset=", StringComparison.Ordinal) + 7)..], CultureInfo.InvariantCulture);

    /// <summary>
    /// Lets the first chunk through, then answers every later one 503 with Retry-After: 3600, so the page settles into an
    /// hour's wait with nothing in flight (a tab closed then sends nothing more); the task gives the first refused offset.
    /// </summary>
    public static async Task<Task<long>> HoldAfterFirstChunk(IPage page)
    {
        var held = new TaskCompletionSource<long>();
        await page.RouteAsync(Chunks, async route =>
        {
            var offset = Offset(route.Request.Url);
            if (offset == 0)
            {
                await route.ContinueAsync();
                return;
            }

            held.TrySetResult(offset);
            await route.FulfillAsync(new()
            {
                Status = 503, ContentType = "application/problem+json", Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" },
                Body = "{\"title\":\"Service Unavailable\",\"status\":503}",
            });
        });
        return held.Task;
    }

    /// <summary>Fills the form, chooses the attachments and the key file (and, under bidder-and-quorum, the encryption key file), and starts sealing.</summary>
    public static async Task Submit(IPage page, BidderKit bidder, string price, IReadOnlyList<FilePayload> attachments, FilePayload? keyFile = null, bool quorum = false)
    {
        await page.FillAsync("#price", price);
        await page.FillAsync("#duration", "365");
        await page.FillAsync("#quality", "合格，争创省级优质工程");
        await page.FillAsync("#deposit", "DEP-" + bidder.Id);
        await page.SetInputFilesAsync("#attachments", attachments);
        if (quorum) await page.SetInputFilesAsync("#encryption-key", keyFile ?? KeyFile(bidder.Key));
        await page.SetInputFilesAsync("#signing-key", keyFile ?? KeyFile(bidder.Key));
        await page.ClickAsync("#bid-form button[type=submit]");
    }

    /// <summary>An attachment of <paramref name="size"/> random bytes.</summary>
    public static FilePayload Attachment(string name, int size) => new() { Name = name, MimeType = "application/octet-stream", Buffer = RandomNumberGenerator.GetBytes(size) };

    /// <summary>The bidder's signing key as the PKCS#8 PEM file it would choose.</summary>
    public static FilePayload KeyFile(SignatureKey key)
    {
        using var ecdsa = ECDsa.Create(Parameters(key.ExportPrivateKey(), key.Verifier.RawPublicKey));
        return new() { Name = "signing.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(ecdsa.ExportPkcs8PrivateKeyPem()) };
    }

    /// <summary>The bidder tool's demo key JSON: the signing and the encryption key, PKCS#8 in base64.</summary>
    public static FilePayload DemoKeyFile(BidderKit bidder)
    {
        using var ecdsa = ECDsa.Create(Parameters(bidder.Key.ExportPrivateKey(), bidder.Key.Verifier.RawPublicKey));
        using var ecdh = ECDiffieHellman.Create(Parameters(bidder.EncryptionKey.ExportPrivateKey(), bidder.EncryptionKey.PublicKey.Raw));
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            SigningPkcs8 = Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()), EncryptionPkcs8 = Convert.ToBase64String(ecdh.ExportPkcs8PrivateKey()),
        });
        return new() { Name = bidder.Id + ".json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) };
    }

    private static ECParameters Parameters(byte[] d, byte[] raw) => new()
    {
        Curve = ECCurve.NamedCurves.nistP256, D = d, Q = new ECPoint { X = raw[1..33], Y = raw[33..] },
    };
}
