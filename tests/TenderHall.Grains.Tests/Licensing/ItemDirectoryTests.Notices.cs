using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Licensing;

namespace TenderHall.Grains.Tests.Licensing;

/// <summary>Who each step of a proposal tells (<see cref="DirectoryNotices"/>).</summary>
public sealed partial class ItemDirectoryTests
{
    private static readonly string CentreInbox = NotificationKeys.Role(Roles.CentreAdmin);

    private static List<(string Recipient, string Id)> Sent(DirectoryProposal proposal) =>
        [.. DirectoryNotices.Of(proposal, Now).Select(n => (n.Recipient, n.Notification.Id))];

    [Fact]
    public void Each_step_goes_to_whoever_acts_next_under_an_id_of_its_own()
    {
        var directory = new ItemDirectory("LIC-1", new LicensingItemState());
        Assert.Equal([(CentreInbox, "directory/LIC-1/1/proposed")], Sent(directory.Propose(DirectoryChange.Add, Item(10), Today, "新增", Head, Now)));
        Assert.Equal([("dept-housing", "directory/LIC-1/1/returned")], Sent(directory.Review(false, "要素不全", Centre, Now)));
        directory.Propose(DirectoryChange.Add, Item(10), Today.AddDays(2), "补正后重报", Head, Now);
        Assert.Equal([(NotificationKeys.Role(Roles.ProvincialGovernment), "directory/LIC-1/2/reviewed")], Sent(directory.Review(true, "同意", Centre, Now)));
        Assert.Equal([("dept-housing", "directory/LIC-1/2/approved"), (CentreInbox, "directory/LIC-1/2/approved")],
            Sent(directory.Decide(true, "同意", "琼府函〔2026〕1号", null, Province, Now)));
        directory.Propose(DirectoryChange.Withdraw, null, Today.AddDays(3), "取消", Head, Now);
        directory.Review(true, "同意", Centre, Now);
        Assert.Equal([("dept-housing", "directory/LIC-1/3/refused"), (CentreInbox, "directory/LIC-1/3/refused")],
            Sent(directory.Decide(false, "暂不取消", null, null, Province, Now)));
    }

    [Fact]
    public void The_approval_names_its_document_and_the_day_it_takes_effect_in_both_languages()
    {
        var directory = new ItemDirectory("LIC-2", new LicensingItemState());
        directory.Propose(DirectoryChange.Add, Item(10), Today.AddDays(5), "新增", Head, Now);
        directory.Review(true, "同意", Centre, Now);
        var notice = DirectoryNotices.Of(directory.Decide(true, "同意", "琼府函〔2026〕7号", null, Province, Now), Now).First().Notification;

        Assert.Equal("licensing.directory-approved", notice.Type);
        Assert.Equal("licensing-item/LIC-2", notice.Subject);
        Assert.Contains("琼府函〔2026〕7号），自 2026-03-07 起施行", notice.TextZh, StringComparison.Ordinal);
        Assert.Contains("takes effect on 2026-03-07", notice.TextEn, StringComparison.Ordinal);
    }
}
