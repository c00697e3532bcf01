using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Licensing;

namespace TenderHall.Grains.Tests.Licensing;

public sealed partial class ItemDirectoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, BeijingTime.Offset);
    private static readonly DateOnly Today = BeijingTime.DateOf(Now);
    private static readonly Actor Head = new("head", "dept-housing", [Roles.DepartmentHead], null);
    private static readonly Actor Centre = new("admin", null, [Roles.CentreAdmin], null);
    private static readonly Actor Province = new("gov", "gov-province", [Roles.ProvincialGovernment], null);

    private static LicensingItem Item(int days) => new()
    {
        Name = "施工许可", DepartmentId = "dept-housing", Mode = LicensingMode.Committed, LegalBasis = "建筑法 第七条", Window = "3号窗口",
        Conditions = ["已依法确定施工企业"], Procedure = ["受理", "决定"], Materials = ["申请表"], PromisedWorkingDays = days,
    };

    private static void Approve(ItemDirectory directory, DirectoryChange change, LicensingItem? item, DateOnly from)
    {
        directory.Propose(change, item, from, "调整", Head, Now);
        directory.Review(true, "同意", Centre, Now);
        directory.Decide(true, "同意", "琼府函〔2026〕1号", null, Province, Now);
    }

    [Fact]
    public void The_version_in_force_is_the_last_one_whose_day_has_come_and_none_after_a_withdrawal()
    {
        var state = new LicensingItemState();
        var directory = new ItemDirectory("LIC-1", state);
        Approve(directory, DirectoryChange.Add, Item(10), Today.AddDays(1));
        Assert.Null(directory.Current(Today));
        Approve(directory, DirectoryChange.Change, Item(15), Today.AddDays(5));
        Approve(directory, DirectoryChange.Withdraw, null, Today.AddDays(9));

        Assert.Equal(10, directory.Current(Today.AddDays(1))!.PromisedWorkingDays);
        Assert.Equal((2, 15), (directory.Current(Today.AddDays(8))!.Version, directory.Current(Today.AddDays(8))!.PromisedWorkingDays));
        Assert.Null(directory.Current(Today.AddDays(9)));
        Assert.Equal([1, 2, 3], state.Versions.Select(v => v.Number));
        Assert.Equal(15, state.Versions[2].Item.PromisedWorkingDays); // the withdrawal keeps the text withdrawn
    }

    [Fact]
    public void An_approved_version_shares_nothing_with_the_proposal_or_the_next_version()
    {
        var state = new LicensingItemState();
        var directory = new ItemDirectory("LIC-1", state);
        Approve(directory, DirectoryChange.Add, Item(10), Today);
        state.Proposal!.Item.PromisedWorkingDays = 3;
        Approve(directory, DirectoryChange.Withdraw, null, Today.AddDays(1));
        state.Versions[1].Item.Name = "改";

        Assert.Equal((10, "施工许可"), (state.Versions[0].Item.PromisedWorkingDays, state.Versions[0].Item.Name));
    }

    [Fact]
    public void Each_step_is_refused_to_every_other_role_and_out_of_order()
    {
        var directory = new ItemDirectory("LIC-1", new LicensingItemState());
        Assert.Equal("LIC-DIR-ROLE", Assert.Throws<RuleViolationException>(() => directory.Propose(DirectoryChange.Add, Item(10), Today, "新增", Centre, Now)).Rule);
        Assert.Equal("LIC-DIR-STATE", Assert.Throws<RuleViolationException>(() => directory.Review(true, "同意", Centre, Now)).Rule);
        directory.Propose(DirectoryChange.Add, Item(10), Today, "新增", Head, Now);
        Assert.Equal("LIC-DIR-ROLE", Assert.Throws<RuleViolationException>(() => directory.Review(true, "同意", Province, Now)).Rule);
        Assert.Equal("LIC-DIR-STATE", Assert.Throws<RuleViolationException>(() => directory.Decide(true, "同意", "文号", null, Province, Now)).Rule);
        directory.Review(true, "同意", Centre, Now);
        Assert.Equal("LIC-DIR-ROLE", Assert.Throws<RuleViolationException>(() => directory.Decide(true, "同意", "文号", null, Centre, Now)).Rule);
        Assert.Equal("REQ-FIELD", Assert.Throws<RuleViolationException>(() => directory.Decide(true, "同意", " ", null, Province, Now)).Rule);
        Assert.Equal("LIC-DIR-EFFECTIVE", Assert.Throws<RuleViolationException>(() => directory.Decide(true, "同意", "文号", Today.AddDays(-1), Province, Now)).Rule);
        Assert.Equal(ProposalStatus.Approved, directory.Decide(true, "同意", "文号", null, Province, Now).Status);
    }

    [Fact]
    public void An_item_published_before_versioning_reads_as_its_version_one_in_force_from_the_start()
    {
        var state = new LicensingItemState { Item = Item(10) };
        ItemDirectory.Upgrade(state);
        var directory = new ItemDirectory("LIC-1", state);

        Assert.Null(state.Item);
        Assert.Equal(1, directory.Current(Today)!.Version);
        Assert.Equal("LIC-DIR-STATE", Assert.Throws<RuleViolationException>(() => directory.Propose(DirectoryChange.Add, Item(10), Today, "新增", Head, Now)).Rule);
        directory.Propose(DirectoryChange.Change, Item(12), Today, "压缩时限", Head, Now);
    }
}
