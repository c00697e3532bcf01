using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>What a case needs from the platform: the working-day calendar, the item, the blob store, inboxes and supervision.</summary>
public sealed class CaseServices(IGrainFactory grains, CaseCalendar calendar, IBlobStore blobs, SupervisionAlarms alarms)
{
    /// <summary>The working-day calendar.</summary>
    public CaseCalendar Calendar => calendar;

    /// <summary>The published item, or <c>DIR-NOT-FOUND</c>.</summary>
    public async Task<LicensingItem> Item(string code) =>
        await grains.GetGrain<ILicensingItemGrain>(code).Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", code));

    /// <summary>The delegation of <paramref name="userName"/> in <paramref name="departmentId"/>, or null.</summary>
    public Task<ChiefDelegation?> Delegation(string departmentId, string userName) =>
        grains.GetGrain<IChiefDelegationGrain>(ChiefDelegationKeys.Of(departmentId, userName)).Get();

    /// <summary>Refuses materials without a name or whose file is not in the blob store; normalises the hashes.</summary>
    public async Task RequireUploaded(IReadOnlyList<CaseMaterial> materials)
    {
        if (materials.Count == 0) throw RuleViolationException.Of("REQ-FIELD", ("field", "materials"), ("detail", "at least one material"));
        foreach (var material in materials)
        {
            if (string.IsNullOrWhiteSpace(material.Name) || material.Name.Length > 200)
                throw RuleViolationException.Of("REQ-FIELD", ("field", "materials.name"), ("detail", "1-200 characters"));
            var sha = material.Sha256.ToLowerInvariant();
            if (sha.Length != 64 || !sha.All(Uri.IsHexDigit) || await blobs.StatAsync(sha, CancellationToken.None) is null)
                throw RuleViolationException.Of("REQ-FIELD", ("field", "materials.sha256"), ("detail", "the SHA-256 of an uploaded file; upload the materials first"));
            material.Name = material.Name.Trim();
            material.Sha256 = sha;
        }
    }

    /// <summary>Delivers notifications and alarms (after the state is written; ids make repeats harmless).</summary>
    public async Task Deliver(CaseEffects effects)
    {
        foreach (var (recipient, notification) in effects.Notifications)
            await grains.GetGrain<IInboxGrain>(recipient).Deliver(notification);
        foreach (var alarm in effects.Alarms)
            await alarms.Raise(alarm.Id, alarm.Severity, alarm.Code, alarm.Subject, alarm.Message);
    }
}
