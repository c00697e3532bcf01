using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Gate;

/// <summary>A project's exemption from the gate, approved by the provincial government; durable first, then logged and listed.</summary>
[GrainType("th-gate-exemption")]
public sealed class GateExemptionGrain(
    [PersistentState("gate-exemption", StorageNames.Default)] IPersistentState<GateExemptionState> state,
    LogOutbox outbox,
    PlatformClock clock) : Grain, IGateExemptionGrain
{
    /// <inheritdoc />
    public async Task<GateExemption> Approve(string approvalDocument, string reason, Actor actor)
    {
        if (!actor.Is(Roles.ProvincialGovernment)) throw RuleViolationException.Of("GATE-EXEMPTION-APPROVER");
        var project = this.GetPrimaryKeyString();
        if (state.State.Exemption is { } existing)
        {
            if (existing.ApprovalDocument != approvalDocument || existing.Reason != reason)
                throw RuleViolationException.Of("GATE-EXEMPTION-EXISTS", ("project", project), ("document", existing.ApprovalDocument));
            if (existing.LogIndex is not null) return existing;
        }
        else
        {
            state.State.Exemption = new GateExemption { ProjectCode = project, ApprovalDocument = approvalDocument, Reason = reason, ApprovedAt = clock.UtcNow };
            state.State.ApprovedBy = actor.UserName;
            await state.WriteStateAsync();
        }

        // The exemption is durable; an earlier attempt may have logged it before failing, so the outbox looks first (the entry
        // names the government, not the official, so a retry by a colleague writes the same leaf).
        var exemption = state.State.Exemption!;
        var entry = new LogEvent { Type = "gate.exempted", Subject = "project/" + project, At = exemption.ApprovedAt, Actor = "provincial-government" };
        entry.Data["approvalDocument"] = exemption.ApprovalDocument;
        entry.Data["reason"] = exemption.Reason;
        exemption.LogIndex = (await outbox.Publish(entry, mayBeLogged: true)).Index;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IDirectoryIndexGrain>(GateExemptionKeys.Index).Add(project);
        return exemption;
    }

    /// <inheritdoc />
    public Task<GateExemption?> Get() => Task.FromResult(state.State.Exemption);
}
