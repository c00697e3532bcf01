using Stateless;
using Stateless.Graph;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>The legal moves of a licensing case from receipt to certificate (ALL 29-45), as a Stateless machine over external state.</summary>
public sealed class CaseLifecycle
{
    private readonly StateMachine<CaseStatus, CaseTrigger> machine;

    /// <summary>Binds the machine to a status held elsewhere and to where a stopped clock returns.</summary>
    public CaseLifecycle(Func<CaseStatus> read, Action<CaseStatus> write, Func<CaseStatus> resumeTo)
    {
        machine = new StateMachine<CaseStatus, CaseTrigger>(read, write) { RetainSynchronizationContext = true };

        // ALL 32: accept, notify once of everything missing, or refuse what is outside the department's powers.
        machine.Configure(CaseStatus.Received)
            .Permit(CaseTrigger.Accept, CaseStatus.Accepted)
            .Permit(CaseTrigger.DeemAccepted, CaseStatus.Accepted)
            .Permit(CaseTrigger.NotifyMissing, CaseStatus.AwaitingMaterials)
            .Permit(CaseTrigger.RefuseOutsidePowers, CaseStatus.NotAccepted);
        machine.Configure(CaseStatus.AwaitingMaterials).Permit(CaseTrigger.Supplement, CaseStatus.Received);

        // ALL 42, 45: the clock runs while the case is reviewed and decided; it may stop, and be extended once.
        foreach (var running in Running)
            machine.Configure(running)
                .Permit(CaseTrigger.StopClock, CaseStatus.ClockStopped)
                .PermitReentry(CaseTrigger.Extend);
        machine.Configure(CaseStatus.Accepted)
            .Permit(CaseTrigger.Review, CaseStatus.Reviewed)
            .Permit(CaseTrigger.OpenSubCases, CaseStatus.JointReview)
            .Permit(CaseTrigger.Forward, CaseStatus.Forwarded);
        // ALL 26: a joint case is decided when every department decided its part; a composite case is reviewed by the department.
        machine.Configure(CaseStatus.JointReview)
            .Permit(CaseTrigger.Approve, CaseStatus.Approved)
            .Permit(CaseTrigger.Deny, CaseStatus.Denied);
        machine.Configure(CaseStatus.Forwarded).Permit(CaseTrigger.Review, CaseStatus.Reviewed);
        machine.Configure(CaseStatus.Reviewed)
            .Permit(CaseTrigger.Approve, CaseStatus.Approved)
            .Permit(CaseTrigger.Deny, CaseStatus.Denied);
        machine.Configure(CaseStatus.ClockStopped).PermitDynamic(CaseTrigger.RestartClock, resumeTo);
        machine.Configure(CaseStatus.Approved).Permit(CaseTrigger.IssueCertificate, CaseStatus.Certified);
    }

    /// <summary>The statuses in which the decision clock runs.</summary>
    public static readonly IReadOnlyList<CaseStatus> Running = [CaseStatus.Accepted, CaseStatus.Reviewed, CaseStatus.JointReview, CaseStatus.Forwarded];

    /// <summary>Whether <paramref name="trigger"/> is legal now.</summary>
    public bool CanFire(CaseTrigger trigger) => machine.CanFire(trigger);

    /// <summary>Fires <paramref name="trigger"/>; an illegal move throws <see cref="InvalidOperationException"/>.</summary>
    public void Fire(CaseTrigger trigger) => machine.Fire(trigger);

    /// <summary>The machine as a Graphviz DOT graph, for the generated diagram in docs/.</summary>
    public static string ToDotGraph()
    {
        var status = CaseStatus.Received;
        var lifecycle = new CaseLifecycle(() => status, s => status = s, () => CaseStatus.Accepted);
        return UmlDotGraph.Format(lifecycle.machine.GetInfo());
    }
}
