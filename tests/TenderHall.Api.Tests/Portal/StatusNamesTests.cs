using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Portal.Localization;

namespace TenderHall.Api.Tests.Portal;

public sealed class StatusNamesTests
{
    public static TheoryData<TenderStatus> Statuses() => [.. Enum.GetValues<TenderStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_tender_status_has_a_Chinese_name_on_the_pages(TenderStatus status)
    {
        var name = PortalText.Chinese.Of(status);

        Assert.NotEqual(status.ToString(), name);
        Assert.Contains(name, c => c >= '\u4e00' && c <= '\u9fff');
    }
}
