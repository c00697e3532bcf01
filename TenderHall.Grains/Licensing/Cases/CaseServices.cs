using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Gate;
using TenderHall.Grains.Notifications;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>What a case needs from the platform: the working-day calendar, the item, the blob store, the gate, inboxes and supervision.</summary>
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

    /// <summary>
    /// The gate (seed; 建筑法 8, BLR 7): an item that needs the trade certificate, applied for a government-investment or
    /// procurement project, passes only with a verified certificate of that project or its exemption. Null when the gate does
    /// not apply; a refusal was logged and alarmed by the gate and is thrown under its rule.
    /// </summary>
    public async Task<GateVerdict?> Gate(CaseApplication application, LicensingItem item, Actor actor)
    {
        if (!item.NeedsTradeCertificate) return null;
        var kind = application.ProjectKind is { } k && Enum.IsDefined(k) ? k
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "projectKind"), ("detail", "GovernmentInvestment, GovernmentProcurement or Other: this item needs the centre's trade certificate for government projects"));
        var code = application.ProjectCode?.Trim();
        if (code is { Length: > 64 }) throw ProjectCodeRequired();
        // A project the centre registered as state-funded or as a procurement is gated whatever the applicant declares.
        var registered = string.IsNullOrEmpty(code) ? null : await grains.GetGrain<IProjectGrain>(code).Get();
        if (kind == ProjectKind.Other && registered is not ({ StateFunded: true } or { Regime: LegalRegime.GovernmentProcurement })) return null;
        if (string.IsNullOrEmpty(code)) throw ProjectCodeRequired();
        if (application.TradeCertificate is { Length: > GateCheckRequest.MaxCertificateLength })
            throw RuleViolationException.Of("REQ-FIELD", ("field", "tradeCertificate"), ("detail", $"at most {GateCheckRequest.MaxCertificateLength} characters"));
        var verdict = await grains.GetGrain<ITradeGateGrain>(0).Check(
            new GateCheckRequest { ProjectCode = code, Certificate = application.TradeCertificate, ItemCode = item.Code, Channel = GateChannels.Application }, actor);
        return verdict.Passed ? verdict : throw new RuleViolationException(verdict.Rule!, TradeGate.Arguments(verdict));
    }

    private static RuleViolationException ProjectCodeRequired() =>
        RuleViolationException.Of("REQ-FIELD", ("field", "projectCode"), ("detail", "the national project code (1-64 characters) of the government project"));

    /// <summary>Delivers notifications, alarms and desk entries (after the state is written; ids make repeats harmless).</summary>
    public async Task Deliver(CaseOutbox outbox)
    {
        await PendingNotice.DeliverAll(grains, outbox.Notices);
        foreach (var alarm in outbox.Alarms)
            await alarms.Raise(alarm.Id, alarm.Severity, alarm.Code, alarm.Subject, alarm.Message);
        foreach (var desk in outbox.Desks)
            await grains.GetGrain<IDirectoryIndexGrain>(desk.Index).Add(desk.Id);
    }
}
