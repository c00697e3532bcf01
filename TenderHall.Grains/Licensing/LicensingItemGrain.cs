using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Notifications;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Licensing;

/// <summary>One item of the service item library. Thin: asks <see cref="ItemDirectory"/>, checks what it names exists, writes once, lists.</summary>
[GrainType("th-licensing-item")]
public sealed class LicensingItemGrain(
    [PersistentState("licensing-item", StorageNames.Default)] IPersistentState<LicensingItemState> state,
    IGrainFactory grains,
    IBlobStore blobs,
    PlatformClock clock) : Grain, ILicensingItemGrain
{
    private ItemDirectory Directory => new(this.GetPrimaryKeyString(), state.State);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ItemDirectory.Upgrade(state.State);
        // A step stored just before the silo stopped still owes its notices.
        await DeliverOutbox();
    }

    /// <inheritdoc />
    public Task<DirectoryProposal> Propose(DirectoryChange change, LicensingItem? item, DateOnly effectiveFrom, string reason, Actor actor) =>
        Run(async now =>
        {
            var proposal = Directory.Propose(change, item, effectiveFrom, reason, actor, now);
            if (change != DirectoryChange.Withdraw) await RequireNamed(proposal.Item);
            return proposal;
        }, LicensingDirectoryKeys.OpenProposals, add: true);

    /// <inheritdoc />
    public Task<DirectoryProposal> Review(bool favourable, string opinion, Actor actor) =>
        Run(now => Task.FromResult(Directory.Review(favourable, opinion, actor, now)), LicensingDirectoryKeys.OpenProposals, add: favourable);

    /// <inheritdoc />
    public async Task<DirectoryProposal> Decide(bool approve, string opinion, string? approvalDocument, DateOnly? effectiveFrom, Actor actor)
    {
        var proposal = await Run(now => Task.FromResult(Directory.Decide(approve, opinion, approvalDocument, effectiveFrom, actor, now)),
            LicensingDirectoryKeys.OpenProposals, add: false);
        // Listed once approved: the catalogue shows it from its effective day (Get answers null until then).
        if (approve) await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.LicensingItems).Add(proposal.ItemCode);
        return proposal;
    }

    /// <inheritdoc />
    public Task<LicensingItem?> Get() => Task.FromResult(Directory.Current(BeijingTime.DateOf(clock.UtcNow)));

    /// <inheritdoc />
    public Task<ItemVersions> Versions() => Task.FromResult(new ItemVersions
    {
        ItemCode = this.GetPrimaryKeyString(), InForce = ItemDirectory.InForce(state.State.Versions, BeijingTime.DateOf(clock.UtcNow)), Versions = state.State.Versions,
    });

    /// <inheritdoc />
    public Task<DirectoryProposal?> Proposal() => Task.FromResult(state.State.Proposal);

    /// <summary>
    /// Runs a step; a refused one, or one whose write fails, leaves no trace because the state is re-read. The step's notices are
    /// written with it and go out only once it is durable; then the open-proposal index follows.
    /// </summary>
    private async Task<DirectoryProposal> Run(Func<DateTimeOffset, Task<DirectoryProposal>> step, string index, bool add)
    {
        // The previous step's notices are surely out before the next step replaces them.
        await DeliverOutbox();
        DirectoryProposal proposal;
        try
        {
            var now = clock.UtcNow;
            proposal = await step(now);
            state.State.Outbox = [.. DirectoryNotices.Of(proposal, now)];
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            ItemDirectory.Upgrade(state.State);
            throw;
        }

        await DeliverOutbox();
        var open = grains.GetGrain<IDirectoryIndexGrain>(index);
        await (add ? open.Add(proposal.ItemCode) : open.Remove(proposal.ItemCode));
        return proposal;
    }

    private async Task DeliverOutbox()
    {
        await PendingNotice.DeliverAll(grains, state.State.Outbox);
        // Delivered: the outbox empties in memory and storage learns it with the next step's write. Until then a new
        // activation (or a failed step's re-read) delivers the same notices again, which the inboxes ignore by id.
        state.State.Outbox = [];
    }

    // Every department the text names is registered, and every sample form is in the blob store.
    private async Task RequireNamed(LicensingItem item)
    {
        var departments = item.CooperatingDepartmentIds.Prepend(item.DepartmentId);
        if (item.NetworkedDepartmentId is { } networked) departments = departments.Append(networked);
        foreach (var department in departments)
        {
            var org = await grains.GetGrain<IOrganizationGrain>(department).Get();
            if (org is not { Kind: OrganizationKind.Department }) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", department));
        }

        foreach (var sample in item.SampleForms)
            if (await blobs.StatAsync(sample.Sha256, CancellationToken.None) is null)
                throw RuleViolationException.Of("REQ-FIELD", ("field", "sampleForms.sha256"), ("detail", $"the sample form of {sample.Material} is not uploaded"));
    }
}
