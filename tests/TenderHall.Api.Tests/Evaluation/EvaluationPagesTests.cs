using System.Net;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Evaluation;

[Collection(PlatformCollection.Name)]
public sealed class EvaluationPagesTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/evaluation/room", "评标室", "Evaluation room")]
    [InlineData("/evaluation/admin", "评标组织管理", "Evaluation administration")]
    [InlineData("/evaluation/watch", "评标监督", "Evaluation watch")]
    [InlineData("/evaluation/clarifications", "评标澄清答复", "Clarifications to answer")]
    public async Task Each_page_renders_in_Chinese_and_English_as_a_shell_the_script_fills_through_the_api(string path, string zh, string en)
    {
        using var client = platform.ClientAs(null);
        var chinese = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync(path + "?lang=en"));
        Assert.Contains($"<h1>{zh}</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains($"<h1>{en}</h1>", english, StringComparison.Ordinal);
        // The server renders no bid, score or committee member: only the script, with the reader's own token, asks the API.
        Assert.Contains("id=\"page-data\"", chinese, StringComparison.Ordinal);
        Assert.Contains("/evaluation", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("<tbody><tr>", chinese, StringComparison.Ordinal);
    }
}
