using Microsoft.Playwright;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// Screenshots of the Portal's main pages: every run keeps them as test artifacts (screenshots/ in the test output);
/// with TENDERHALL_UPDATE_DOCS=1 they also replace the copies under docs/portal/ that docs/portal.md embeds.
/// </summary>
internal static class Screenshots
{
    /// <summary>Saves the whole page as <paramref name="name"/>.png (lower-case, hyphens: "agency-schedule-en").</summary>
    public static async Task Keep(IPage page, string name)
    {
        var bytes = await page.ScreenshotAsync(new() { FullPage = true });
        var artifacts = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, name + ".png"), bytes);
        if (Environment.GetEnvironmentVariable("TENDERHALL_UPDATE_DOCS") != "1") return;
        var docs = Path.Combine(GeneratedDoc.RepoRoot(), "docs", "portal");
        Directory.CreateDirectory(docs);
        await File.WriteAllBytesAsync(Path.Combine(docs, name + ".png"), bytes);
    }
}
