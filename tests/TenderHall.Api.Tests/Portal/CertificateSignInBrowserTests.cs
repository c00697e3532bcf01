using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Portal.Account;

namespace TenderHall.Api.Tests.Portal;

/// <summary>Certificate sign-in (证书登录) in a real browser: the key file is read and used by WebCrypto on the bidder's machine.</summary>
public sealed class CertificateSignInBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private const string TokenScript = "key => sessionStorage.getItem(key)";

    [Fact]
    public async Task A_bidder_signs_in_with_its_P256_key_file_sees_its_bid_receipt_and_signs_out()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-web");
        using var submitted = await bidder.Submit(await bidder.Seal("1234567.00", "施工组织设计"));
        var receipt = await TenderScenario.Read(submitted);
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        var sent = Sent(page);

        await SignIn(page, "/signin", bidder.Id, Pem(bidder.Key));
        await page.WaitForSelectorAsync("body[data-my=ready]", new() { Timeout = 30_000 });

        Assert.EndsWith("/my", page.Url);
        Assert.NotNull(await page.EvaluateAsync<string?>(TokenScript, BrowserSession.TokenKey));
        Assert.Contains(bidder.Id, await page.InnerTextAsync("#who"));
        var row = page.Locator($"#bids tr[data-tender='{s.TenderId}']");
        Assert.Contains(receipt.GetProperty("envelopeSha256").GetString()!, await row.InnerTextAsync());
        Assert.Contains($"#{receipt.GetProperty("index").GetInt64()}", await row.InnerTextAsync());
        Assert.Contains("已递交", await row.InnerTextAsync());
        Assert.Equal($"/tenders/{s.TenderId}", await row.Locator("a").First.GetAttributeAsync("href"));
        Assert.Equal($"/tenders/{s.TenderId}/opening", await row.Locator("a").Nth(1).GetAttributeAsync("href"));
        // Before the deadline the bid can be replaced or withdrawn in the browser.
        Assert.Equal($"/my/tenders/{s.TenderId}/bid", await row.Locator("a").Last.GetAttributeAsync("href"));
        // What left the page: an organisation id, then a signature; never the key.
        Assert.DoesNotContain(sent, body => body.Contains("PRIVATE KEY", StringComparison.Ordinal) || body.Contains(Convert.ToBase64String(Pkcs8(bidder.Key))[..40], StringComparison.Ordinal));

        await page.ClickAsync("#signout");
        await page.WaitForSelectorAsync("body[data-my=signed-out]");
        Assert.Null(await page.EvaluateAsync<string?>(TokenScript, BrowserSession.TokenKey));
        Assert.Contains("尚未登录", await page.InnerTextAsync("#my-signin"));
    }

    [Fact]
    public async Task A_key_not_registered_for_the_organisation_shows_the_platforms_refusal_and_keeps_no_token()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-wk");
        using var impostor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var page = await browser.Browser.NewPageAsync(new() { Locale = "en-US" });

        await SignIn(page, "/signin?lang=en", bidder.Id, Pem(impostor));
        await page.WaitForSelectorAsync("body[data-signin=failed]", new() { Timeout = 30_000 });

        // The platform's problem detail, in the page's language (Accept-Language follows the page).
        var refusal = RuleCatalogue.Rules.Single(r => r.Code == "AUTH-CERTIFICATE").En;
        Assert.Equal(refusal, await page.InnerTextAsync("#signin-status"));
        Assert.True(await page.IsVisibleAsync("#signin-hint"));
        Assert.EndsWith("/signin?lang=en", page.Url);
        Assert.Null(await page.EvaluateAsync<string?>(TokenScript, BrowserSession.TokenKey));
    }

    [Fact]
    public async Task A_demo_key_json_signs_in_and_an_SM2_key_is_sent_to_the_bidder_tool_without_asking_the_platform()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, browser.Platform.Services, "bidder-dk");
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        var sent = Sent(page);

        await SignIn(page, "/signin", bidder.Id, Sm2Pem());
        await page.WaitForSelectorAsync("body[data-signin=failed]");
        Assert.Contains("tenderhall-bid login --certificate", await page.InnerTextAsync("#signin-status"));
        Assert.Empty(sent);

        var demo = JsonSerializer.Serialize(new { SigningPkcs8 = Convert.ToBase64String(Pkcs8(bidder.Key)), EncryptionPkcs8 = "" });
        await SignIn(page, "/signin", bidder.Id, new FilePayload { Name = bidder.Id + ".json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(demo) });
        await page.WaitForSelectorAsync("body[data-my=ready]", new() { Timeout = 30_000 });
        Assert.Contains("未递交", await page.InnerTextAsync($"#bids tr[data-tender='{s.TenderId}']"));
    }

    private async Task<TenderScenario> OpenTender()
    {
        var s = new TenderScenario(browser.Platform);
        await s.Register();
        await s.Publish();
        return s;
    }

    private async Task SignIn(IPage page, string path, string organization, FilePayload keyFile)
    {
        await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
        await page.FillAsync("#organization", organization);
        await page.SetInputFilesAsync("#key", keyFile);
        await page.ClickAsync("#signin button[type=submit]");
    }

    // The bodies the page sends to the platform.
    private static List<string> Sent(IPage page)
    {
        var bodies = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST") bodies.Add(request.PostData ?? "");
        };
        return bodies;
    }

    private static FilePayload Pem(SignatureKey key) => new()
    {
        Name = "signing.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(PemEncoding.WriteString("PRIVATE KEY", Pkcs8(key))),
    };

    private static byte[] Pkcs8(SignatureKey key)
    {
        var raw = key.Verifier.RawPublicKey;
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256, D = key.ExportPrivateKey(), Q = new ECPoint { X = raw[1..33], Y = raw[33..] },
        });
        return ecdsa.ExportPkcs8PrivateKey();
    }

    // An SM2 PKCS#8 key (id-ecPublicKey on curve 1.2.156.10197.1.301): the page must recognise it before anything is signed.
    private static FilePayload Sm2Pem()
    {
        var key = new AsnWriter(AsnEncodingRules.DER);
        using (key.PushSequence())
        {
            key.WriteInteger(1);
            key.WriteOctetString(RandomNumberGenerator.GetBytes(32));
        }

        var info = new AsnWriter(AsnEncodingRules.DER);
        using (info.PushSequence())
        {
            info.WriteInteger(0);
            using (info.PushSequence())
            {
                info.WriteObjectIdentifier("1.2.840.10045.2.1");
                info.WriteObjectIdentifier("1.2.156.10197.1.301");
            }

            info.WriteOctetString(key.Encode());
        }

        return new() { Name = "sm2.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(PemEncoding.WriteString("PRIVATE KEY", info.Encode())) };
    }
}
