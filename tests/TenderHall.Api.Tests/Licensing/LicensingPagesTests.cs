using System.Net;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Licensing;

[Collection(PlatformCollection.Name)]
public sealed class LicensingPagesTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/licensing/gate", "交易凭证核验", "Trade certificate check", "/api/v1/gate/check")]
    [InlineData("/licensing/sub-cases", "联办件办理台", "Joint cases desk", "/api/v1/licensing/desks/sub-cases")]
    public async Task Each_page_renders_in_Chinese_and_English_as_a_shell_the_script_fills_through_the_api(string path, string zh, string en, string api)
    {
        using var client = platform.ClientAs(null);
        var chinese = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync(path + "?lang=en"));

        Assert.Contains($"<h1>{zh}</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains($"<h1>{en}</h1>", english, StringComparison.Ordinal);
        // Nothing of a case or a certificate is rendered by the server: the script asks the API with the reader's own token.
        Assert.Contains("id=\"page-data\"", chinese, StringComparison.Ordinal);
        Assert.Contains(api, chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_links_the_gate_check_and_the_joint_desk()
    {
        using var client = platform.ClientAs(null);
        var html = await client.GetStringAsync("/licensing?lang=en");

        Assert.Contains("href=\"/licensing/gate?lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/licensing/sub-cases?lang=en\"", html, StringComparison.Ordinal);
    }
}
