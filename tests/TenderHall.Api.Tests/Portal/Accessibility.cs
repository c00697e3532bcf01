using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TenderHall.Api.Tests.Portal;

/// <summary>axe-core run in the page as it stands (the context must bypass the page's policy, which refuses the injected engine).</summary>
internal static class Accessibility
{
    /// <summary>Fails on every serious or critical violation, naming the rule and the elements.</summary>
    public static async Task AssertNoSeriousViolations(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})");
        Assert.Empty(serious);
    }
}
