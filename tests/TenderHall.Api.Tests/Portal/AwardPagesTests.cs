using System.Net;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Portal.Localization;

namespace TenderHall.Api.Tests.Portal;

[Collection(PlatformCollection.Name)]
public sealed class AwardPagesTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/award/admin", "定标与中标通知", "Award and notices")]
    [InlineData("/award/contract", "合同签订、书面报告与归档", "Contract, written report and archive")]
    [InlineData("/complaints/mine", "投诉与质疑", "Complaints and challenges")]
    [InlineData("/complaints/handling", "投诉处理", "Complaint handling")]
    public async Task Each_page_renders_in_Chinese_and_English_as_a_shell_with_an_error_summary(string path, string zh, string en)
    {
        using var client = platform.ClientAs(null);
        var chinese = WebUtility.HtmlDecode(await client.GetStringAsync(path));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync(path + "?lang=en"));
        Assert.Contains($"<h1>{zh}</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains($"<h1>{en}</h1>", english, StringComparison.Ordinal);
        // Nothing of a case or a contract is rendered by the server: the script asks the API with the reader's token.
        Assert.Contains("id=\"errors\"", chinese, StringComparison.Ordinal);
        Assert.Contains("/api/v1/", chinese, StringComparison.Ordinal);
    }

    public static TheoryData<ComplaintStatus> Statuses() => [.. Enum.GetValues<ComplaintStatus>()];

    public static TheoryData<ComplaintOutcome> Outcomes() => [.. Enum.GetValues<ComplaintOutcome>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_complaint_status_has_its_own_Chinese_and_English_name(ComplaintStatus status)
    {
        var names = Enum.GetValues<ComplaintStatus>().Select(PortalText.Chinese.Of).ToList();
        Assert.Single(names, PortalText.Chinese.Of(status));
        Assert.NotEqual(PortalText.Chinese.Of(status), PortalText.For(new(true, true)).Of(status));
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Every_complaint_outcome_has_its_own_Chinese_and_English_name(ComplaintOutcome outcome)
    {
        var names = Enum.GetValues<ComplaintOutcome>().Select(PortalText.Chinese.Of).ToList();
        Assert.Single(names, PortalText.Chinese.Of(outcome));
        Assert.NotEqual(PortalText.Chinese.Of(outcome), PortalText.For(new(true, true)).Of(outcome));
    }
}
