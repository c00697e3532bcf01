using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One item of the service item library (政务服务项目库), keyed by its code: its approved versions and the proposal under way.</summary>
public interface ILicensingItemGrain : IGrainWithStringKey
{
    /// <summary>The department head proposes adding, changing or withdrawing the item from <paramref name="effectiveFrom"/>.</summary>
    Task<DirectoryProposal> Propose(DirectoryChange change, LicensingItem? item, DateOnly effectiveFrom, string reason, Actor actor);

    /// <summary>The centre reviews the proposal: passes it to the provincial government or returns it with the opinion.</summary>
    Task<DirectoryProposal> Review(bool favourable, string opinion, Actor actor);

    /// <summary>The provincial government approves the reviewed proposal (a new version from its effective date) or returns it.</summary>
    Task<DirectoryProposal> Decide(bool approve, string opinion, string? approvalDocument, DateOnly? effectiveFrom, Actor actor);

    /// <summary>The version in force today (Beijing), or null (none yet, or withdrawn).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<LicensingItem?> Get();

    /// <summary>Every approved version, oldest first, and the one in force.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ItemVersions> Versions();

    /// <summary>The latest proposal (open, approved or returned), or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DirectoryProposal?> Proposal();
}
