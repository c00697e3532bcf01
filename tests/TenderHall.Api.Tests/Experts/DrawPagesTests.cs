using System.Net;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Experts;

[Collection(PlatformCollection.Name)]
public sealed class DrawPagesTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/experts/manage", "评标专家库管理", "Expert database")]
    [InlineData("/draws/request", "申请抽取评标专家", "Request an expert draw")]
    [InlineData("/draws/witness", "专家抽取监督", "Witness the expert draw")]
    [InlineData("/draws/mine", "我的抽取通知", "My draw notices")]
    [InlineData("/tenders/T-NONE/draw", "专家抽取公示与复核", "Expert draw: publication and re-check")]
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
        // The server renders no expert, seat, bid, score or committee: only the script, with the reader's own token, asks the API.
        Assert.Contains("id=\"page-data\"", chinese, StringComparison.Ordinal);
        Assert.Contains("/api/v1/", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_answer_only_reads()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.PostAsync("/draws/witness", null);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
