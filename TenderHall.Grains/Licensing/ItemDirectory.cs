using System.Text.Json;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Licensing;

/// <summary>
/// One item of the dynamic directory as a plain aggregate over its stored state: the department proposes, the centre reviews,
/// the provincial government approves, and each approved version takes effect on its day and stays readable for good.
/// </summary>
public sealed class ItemDirectory(string code, LicensingItemState state)
{
    /// <summary>The number of the version in force on <paramref name="today"/>, or null (none yet, or withdrawn).</summary>
    public static int? InForce(IReadOnlyList<ItemVersion> versions, DateOnly today) =>
        versions.LastOrDefault(v => v.EffectiveFrom <= today) is { Change: not DirectoryChange.Withdraw } current ? current.Number : null;

    /// <summary>The item in force on <paramref name="today"/>, or null.</summary>
    public LicensingItem? Current(DateOnly today) => InForce(Versions, today) is { } number ? Versions[number - 1].Item : null;

    /// <summary>The approved versions, oldest first.</summary>
    public IReadOnlyList<ItemVersion> Versions => state.Versions;

    private ItemVersion? Latest => state.Versions.Count > 0 ? state.Versions[^1] : null;

    /// <summary>Reads an item published before the directory was versioned as its version 1, in force from the start.</summary>
    public static void Upgrade(LicensingItemState state)
    {
        if (state.Item is not { } legacy || state.Versions.Count > 0) return;
        legacy.Version = 1;
        state.Versions.Add(new ItemVersion { Number = 1, Change = DirectoryChange.Add, Item = legacy, EffectiveFrom = DateOnly.MinValue });
        state.Item = null;
    }

    /// <summary>The department head proposes a change of its own department's item (ALL 30: the published text is the department's).</summary>
    public DirectoryProposal Propose(DirectoryChange change, LicensingItem? item, DateOnly effectiveFrom, string reason, Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, Roles.DepartmentHead, "proposal");
        if (state.Proposal is { Status: ProposalStatus.Proposed or ProposalStatus.Reviewed } open)
            throw RuleViolationException.Of("LIC-DIR-PENDING", ("item", code), ("sequence", open.Sequence), ("status", open.Status));
        var latest = Latest;
        var listed = latest is { Change: not DirectoryChange.Withdraw };
        if (!Enum.IsDefined(change)) throw RuleViolationException.Of("REQ-FIELD", ("field", "change"), ("detail", "Add, Change or Withdraw"));
        if ((change == DirectoryChange.Add) == listed)
            throw RuleViolationException.Of("LIC-DIR-STATE", ("item", code), ("detail", listed ? "it is in the directory: propose a change or its withdrawal" : "it is not in the directory: propose adding it"));
        var text = change == DirectoryChange.Withdraw ? Copy(latest!.Item)
            : item ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "item"), ("detail", "the item's text for an addition or a change"));
        text.Code = code;
        // The department proposes for itself only, and cannot move another department's item to itself.
        if (actor.OrganizationId is not { } department || text.DepartmentId != department || (latest is not null && latest.Item.DepartmentId != department))
            throw RuleViolationException.Of("LIC-DIR-DEPARTMENT", ("item", code), ("department", latest?.Item.DepartmentId ?? text.DepartmentId));
        if (change != DirectoryChange.Withdraw) LicensingItemRules.Validate(text);
        RequireEffective(effectiveFrom, now, latest);
        state.Proposal = new DirectoryProposal
        {
            ItemCode = code, Sequence = (state.Proposal?.Sequence ?? 0) + 1, Change = change, Item = text, EffectiveFrom = effectiveFrom, Reason = reason,
            Status = ProposalStatus.Proposed, Proposed = Step(actor, now, reason, true),
        };
        return state.Proposal;
    }

    /// <summary>The centre's review: passed to the provincial government, or returned to the department with the opinion.</summary>
    public DirectoryProposal Review(bool favourable, string opinion, Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, Roles.CentreAdmin, "review");
        var proposal = RequireStatus(ProposalStatus.Proposed, "review");
        proposal.Review = Step(actor, now, opinion, favourable);
        proposal.Status = favourable ? ProposalStatus.Reviewed : ProposalStatus.Returned;
        return proposal;
    }

    /// <summary>The provincial government's decision: a new version from its effective date (never in the past), or returned.</summary>
    public DirectoryProposal Decide(bool approve, string opinion, string? approvalDocument, DateOnly? effectiveFrom, Actor actor, DateTimeOffset now)
    {
        RequireRole(actor, Roles.ProvincialGovernment, "approval");
        var proposal = RequireStatus(ProposalStatus.Reviewed, "approval");
        if (approve)
        {
            var document = approvalDocument?.Trim() is { Length: > 0 and <= 200 } d ? d
                : throw RuleViolationException.Of("REQ-FIELD", ("field", "approvalDocument"), ("detail", "the approval's document number, 1-200 characters"));
            var from = effectiveFrom ?? proposal.EffectiveFrom;
            RequireEffective(from, now, Latest);
            var text = Copy(proposal.Item);
            text.Version = Versions.Count + 1;
            text.EffectiveFrom = from;
            state.Versions.Add(new ItemVersion
            {
                Number = text.Version, Change = proposal.Change, Item = text, EffectiveFrom = from, ApprovalDocument = document, ApprovedAt = now, Reason = proposal.Reason,
            });
            proposal.EffectiveFrom = from;
            proposal.ApprovalDocument = document;
        }

        proposal.Decision = Step(actor, now, opinion, approve);
        proposal.Status = approve ? ProposalStatus.Approved : ProposalStatus.Returned;
        return proposal;
    }

    private DirectoryProposal RequireStatus(ProposalStatus status, string step) =>
        state.Proposal is { } proposal && proposal.Status == status ? proposal
            : throw RuleViolationException.Of("LIC-DIR-STATE", ("item", code), ("detail", state.Proposal is { } p
                ? $"proposal {p.Sequence} is {p.Status}, so there is nothing for the {step}"
                : $"there is no proposal, so there is nothing for the {step}"));

    // A change takes effect from a day still to come (or today), after the day of the version before it: the directory is never
    // rewritten backwards, and every case keeps the version it was applied under.
    private static void RequireEffective(DateOnly from, DateTimeOffset now, ItemVersion? latest)
    {
        var today = BeijingTime.DateOf(now);
        if (from < today)
            throw RuleViolationException.Of("LIC-DIR-EFFECTIVE", ("date", $"{from:yyyy-MM-dd}"), ("detail", $"it is before today ({today:yyyy-MM-dd})"));
        if (latest is not null && from <= latest.EffectiveFrom)
            throw RuleViolationException.Of("LIC-DIR-EFFECTIVE", ("date", $"{from:yyyy-MM-dd}"),
                ("detail", $"version {latest.Number} takes effect on {latest.EffectiveFrom:yyyy-MM-dd}; a later version takes effect after it"));
    }

    private static void RequireRole(Actor actor, string role, string step)
    {
        if (!actor.Is(role)) throw RuleViolationException.Of("LIC-DIR-ROLE", ("step", step), ("role", role));
    }

    private static DirectoryStep Step(Actor actor, DateTimeOffset now, string opinion, bool favourable) =>
        new() { By = actor.UserName, OrganizationId = actor.OrganizationId, At = now, Opinion = opinion, Favourable = favourable };

    // Versions never share objects: a later change must not reach into the text of an earlier one.
    private static LicensingItem Copy(LicensingItem item) => JsonSerializer.Deserialize<LicensingItem>(JsonSerializer.SerializeToUtf8Bytes(item))!;
}
