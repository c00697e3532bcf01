using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Experts;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The public draw page re-runs a revealed draw in a real browser, with the page's own script under its CSP.</summary>
public sealed class DrawVerificationBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private const string Steps = "keys pool commitment commit-log contribution seed alpha proof selection identities replacements committee";

    [Fact]
    public async Task One_click_re_checks_a_real_draw_with_a_supplementary_draw_and_a_tampered_document_fails_at_the_changed_step()
    {
        var draw = await DrawScenario.Create(browser.Platform);
        await draw.Draw();
        await draw.Decline("C02/1");
        await draw.Decline("C02/1");
        var document = await draw.ConfirmAllAndReveal();
        var page = await browser.Browser.NewPageAsync(new() { Locale = "en-US" });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) errors.Add(message.Text);
        };
        var url = new Uri(browser.BaseAddress, $"/tenders/{draw.Tender.TenderId}/draw?lang=en").ToString();

        Assert.True(await Recheck(page, url) == "pass", await page.InnerTextAsync("#recheck-result"));
        Assert.Equal(Steps.Split(' ').Select(_ => "✓"), await page.Locator("#recheck-steps tbody td:nth-child(2)").AllInnerTextsAsync());
        Assert.Empty(errors); // the page's scripts ran under its Content-Security-Policy, nothing refused

        // The same page fed a document whose C02 supplementary expert was swapped for another of the pool.
        var tampered = JsonNode.Parse(document.GetRawText())!;
        var replacement = tampered["replacements"]![1]!;
        var drawn = tampered["replacements"]!.AsArray().Select(r => r!["in"]!.GetValue<string>())
            .Concat(tampered["selection"]!.AsArray().SelectMany(s => s!["members"]!.AsArray().Concat(s["backups"]!.AsArray())).Select(p => p!.GetValue<string>()));
        replacement["in"] = tampered["pool"]!["C02"]!.AsArray().Select(p => p!.GetValue<string>()).Except(drawn).First();
        await page.RouteAsync("**/draw/document", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = tampered.ToJsonString() }));

        Assert.Equal("fail", await Recheck(page, url));
        Assert.StartsWith("NOT VERIFIED at step: replacements", await page.InnerTextAsync("#recheck-result"), StringComparison.Ordinal);
        Assert.Equal("✗", await page.InnerTextAsync("#recheck-steps tbody tr:nth-child(11) td:nth-child(2)"));

        // A forged proof is caught by the browser's own ECVRF verification.
        var forged = JsonNode.Parse(document.GetRawText())!;
        var proof = Convert.FromBase64String(forged["proof"]!.GetValue<string>());
        proof[60] ^= 1;
        forged["proof"] = Convert.ToBase64String(proof);
        await page.UnrouteAllAsync();
        await page.RouteAsync("**/draw/document", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = forged.ToJsonString() }));
        Assert.Equal("fail", await Recheck(page, url));
        Assert.StartsWith("NOT VERIFIED at step: proof", await page.InnerTextAsync("#recheck-result"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_ecvrf_ed25519_and_selection_agree_with_the_known_answer_vectors()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/tenders/T-NONE/draw").ToString());
        var results = await page.EvaluateAsync<string[]>("""
            async ([vrf, ed, selection]) => {
              const c = drawCheck, out = [];
              for (const t of JSON.parse(vrf).vectors) {
                const beta = await c.vrf.verify(c.unhex(t.pk), c.unhex(t.pi), c.unhex(t.alpha));
                const bad = c.unhex(t.pi); bad[70] ^= 1;
                out.push(`vrf ${beta !== null && c.hex(beta) === t.beta} ${await c.vrf.verify(c.unhex(t.pk), bad, c.unhex(t.alpha))}`);
              }
              for (const t of JSON.parse(ed).ed25519.vectors) {
                const signature = c.unhex(t.signature), message = c.unhex(t.message);
                const good = await c.ed25519Verify(c.unhex(t.public_key), message, signature);
                signature[10] ^= 1;
                out.push(`ed25519 ${good} ${await c.ed25519Verify(c.unhex(t.public_key), message, signature)}`);
              }
              const cases = JSON.parse(selection);
              for (const t of cases.cases) {
                const order = c.permutation(c.unhex(cases.beta), t.population), drawn = [];
                for (let i = 0; i < t.count; i++) drawn.push(await order.next());
                out.push(`selection ${drawn.join() === t.selection.join()}`);
              }
              return out;
            }
            """, new[] { "rfc9381-ecvrf-edwards25519-sha512-tai.json", "ed25519-x25519.json", "selection.json" }.Select(Vector).ToArray());
        Assert.All(results, r => Assert.True(r is "vrf true null" or "ed25519 true false" or "selection true", r));
        Assert.Equal([3, 3], [results.Count(r => r.StartsWith("vrf", StringComparison.Ordinal)), results.Count(r => r.StartsWith("ed25519", StringComparison.Ordinal))]);
        Assert.True(results.Count(r => r.StartsWith("selection", StringComparison.Ordinal)) >= 4);
    }

    private static string Vector(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", name));

    private static async Task<string> Recheck(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-page=ready]", new() { Timeout = 30_000 });
        await page.ClickAsync("#recheck");
        await page.WaitForSelectorAsync("#recheck-result[data-result=pass], #recheck-result[data-result=fail]", new() { Timeout = 120_000 });
        return (await page.GetAttributeAsync("#recheck-result", "data-result"))!;
    }
}
