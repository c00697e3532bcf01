using System.Net.Http.Json;
using TenderHall.Api.Tests.Evaluation;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The expert's evaluation room in Chromium: the member's own key, the bids, the review, sealed scoring and the countersignature.</summary>
public sealed class EvaluationRoomBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task A_member_checks_in_reads_the_bids_reviews_scores_once_and_countersigns_the_report_on_the_page()
    {
        var s = await EvaluationScenario.Create(browser.Platform);
        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync(s.Url, new { hours = 8 }));
        var room = await PortalTab.Open(browser, s.Member(0), $"/evaluation/room?tender={s.Tender.TenderId}", "zh-CN");
        Assert.True(await room.Done(), await room.Text("#page-status"));
        Assert.StartsWith("评标室", (await room.Text("h1")).Trim(), StringComparison.Ordinal);

        // The member's own signing tool holds the key; the page only hands its public half to the platform.
        var key = s.Keys[s.Members[0]] = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await room.Page.FillAsync("#key", Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()));
        Assert.True(await room.Click("#check-in"), await room.Text("#page-status"));
        for (var i = 1; i < s.Members.Count; i++)
        {
            var other = s.Keys[s.Members[i]] = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
            TenderScenario.Ok(await s.Member(i).PostAsJsonAsync($"{s.Url}/check-in", new { signingKey = Convert.ToBase64String(other.Verifier.ExportSubjectPublicKeyInfo()) }));
        }

        Assert.True(await room.Click("#read"), await room.Text("#page-status"));
        Assert.Equal(s.Opening.Bidders.Count, await room.Page.Locator("#bids tbody tr").CountAsync());
        Assert.True(await room.Click("#review"), await room.Text("#page-status"));
        for (var i = 1; i < s.Members.Count; i++) TenderScenario.Ok(await s.Member(i).PostAsJsonAsync($"{s.Url}/review", new { failures = Array.Empty<object>() }));

        for (var n = 0; n < s.Opening.Bidders.Count; n++)
        {
            await room.Page.FillAsync($"#technical-{s.Opening.Bidders[n].Id}", (40 - n).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await room.Page.FillAsync($"#commercial-{s.Opening.Bidders[n].Id}", "10");
        }

        Assert.True(await room.Click("#score"), await room.Text("#page-status"));
        // Scores are final once sent (BLR 49): the page shows the platform's refusal in the page's language.
        Assert.False(await room.Click("#score"));
        Assert.Contains("提交后不得修改", await room.Text("#page-status"), StringComparison.Ordinal);
        for (var i = 1; i < s.Members.Count; i++) TenderScenario.Ok(await s.Score(i, 40 - i));

        Assert.True(await room.Click("#render"), await room.Text("#page-status"));
        Assert.True(await room.Page.Locator("#candidates tbody tr").CountAsync() is > 0 and <= 3); // BLR 53
        Assert.True(await room.Click("#prepare"), await room.Text("#page-status"));
        var attributes = Convert.FromBase64String(await room.Page.InputValueAsync("#attributes"));
        await room.Page.FillAsync("#signature", Convert.ToBase64String(key.Sign(attributes)));
        Assert.True(await room.Click("#sign"), await room.Text("#page-status"));

        var english = await PortalTab.Open(browser, s.Member(1), $"/evaluation/room?tender={s.Tender.TenderId}&lang=en", "en-US");
        Assert.True(await english.Done(), await english.Text("#page-status"));
        Assert.Contains("Evaluation room", await english.Text("h1"), StringComparison.Ordinal);
    }
}
