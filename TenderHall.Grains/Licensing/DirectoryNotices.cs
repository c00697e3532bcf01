using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Notifications;

namespace TenderHall.Grains.Licensing;

/// <summary>
/// Who must act after each step of a directory proposal, and what they are told: the centre's reviewers after the department
/// proposes; the province's approvers after a favourable review, or the department when the centre sends it back; the
/// department and the centre after the province decides.
/// </summary>
public static class DirectoryNotices
{
    /// <summary>The notices of the step <paramref name="proposal"/> has just taken, one per recipient inbox.</summary>
    public static IEnumerable<PendingNotice> Of(DirectoryProposal proposal, DateTimeOffset at)
    {
        var department = proposal.Item.DepartmentId;
        var what = Describe(proposal);
        var centre = NotificationKeys.Role(Roles.CentreAdmin);
        var (step, recipients, zh, en) = proposal.Status switch
        {
            ProposalStatus.Proposed => ("proposed", new[] { centre },
                $"{what.Zh}，拟自 {Day(proposal.EffectiveFrom)} 起施行，请中心审核。理由：{proposal.Reason}",
                $"{what.En} from {Day(proposal.EffectiveFrom)} awaits the centre's review. Reason: {proposal.Reason}"),
            ProposalStatus.Reviewed => ("reviewed", new[] { NotificationKeys.Role(Roles.ProvincialGovernment) },
                $"{what.Zh}经中心审核同意，报请省政府批准，拟自 {Day(proposal.EffectiveFrom)} 起施行。中心意见：{proposal.Review!.Opinion}",
                $"{what.En} from {Day(proposal.EffectiveFrom)} passed the centre's review and awaits the provincial government's approval. The centre's opinion: {proposal.Review!.Opinion}"),
            ProposalStatus.Approved => ("approved", new[] { department, centre },
                $"{what.Zh}经省政府批准（{proposal.ApprovalDocument}），自 {Day(proposal.EffectiveFrom)} 起施行。",
                $"{what.En} was approved by the provincial government ({proposal.ApprovalDocument}) and takes effect on {Day(proposal.EffectiveFrom)}."),
            _ when proposal.Decision is { } refusal => ("refused", new[] { department, centre },
                $"{what.Zh}未获省政府批准，现行版本不变。意见：{refusal.Opinion}",
                $"{what.En} was not approved by the provincial government; the version in force stays. Opinion: {refusal.Opinion}"),
            _ => ("returned", new[] { department },
                $"{what.Zh}被中心退回，请按意见修改后重新提出。中心意见：{proposal.Review!.Opinion}",
                $"{what.En} was sent back by the centre; propose it again after acting on the opinion. The centre's opinion: {proposal.Review!.Opinion}"),
        };
        var notification = new Notification
        {
            Id = $"directory/{proposal.ItemCode}/{proposal.Sequence}/{step}", Subject = $"licensing-item/{proposal.ItemCode}",
            Type = $"licensing.directory-{step}", At = at, TextZh = zh, TextEn = en,
        };
        return recipients.Select(r => new PendingNotice { Recipient = r, Notification = notification });
    }

    // "住建厅提出的新增事项 X（名称）的第 2 号申请" / "dept-housing's proposal 2 to add item X (name)".
    private static (string Zh, string En) Describe(DirectoryProposal proposal)
    {
        var (zh, en) = proposal.Change switch
        {
            DirectoryChange.Add => ("新增", "add"),
            DirectoryChange.Change => ("变更", "change"),
            _ => ("取消", "withdraw"),
        };
        var item = proposal.Item;
        return ($"{item.DepartmentId} 提出的{zh}事项 {proposal.ItemCode}（{item.Name}）申请（第 {proposal.Sequence} 号）",
            $"The proposal {proposal.Sequence} of {item.DepartmentId} to {en} item {proposal.ItemCode} ({item.Name})");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
