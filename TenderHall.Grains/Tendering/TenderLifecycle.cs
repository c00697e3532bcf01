using Stateless;
using Stateless.Graph;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// The legal moves of a tender from registration to the archive, as a Stateless machine over external state.
/// The opening, evaluation, publicity, award, contract and archive follow in the same machine.
/// </summary>
public sealed class TenderLifecycle
{
    private readonly StateMachine<TenderStatus, TenderTrigger> machine;

    /// <summary>Binds the machine to a status held elsewhere (the grain's state) and to where a pause returns.</summary>
    public TenderLifecycle(Func<TenderStatus> read, Action<TenderStatus> write, Func<TenderStatus> resumeTo)
    {
        machine = new StateMachine<TenderStatus, TenderTrigger>(read, write) { RetainSynchronizationContext = true };

        machine.Configure(TenderStatus.Registered)
            .Permit(TenderTrigger.Announce, TenderStatus.Announced)
            .Permit(TenderTrigger.Terminate, TenderStatus.Terminated);

        // BLR 22, 54, 62: objections, complaints and supervisors pause every stage that runs against the clock.
        foreach (var running in Running)
            machine.Configure(running)
                .Permit(TenderTrigger.Suspend, TenderStatus.Suspended)
                .Permit(TenderTrigger.Terminate, TenderStatus.Terminated);

        machine.Configure(TenderStatus.Announced).Permit(TenderTrigger.OpenSale, TenderStatus.DocumentsOnSale);
        machine.Configure(TenderStatus.DocumentsOnSale).Permit(TenderTrigger.CloseSale, TenderStatus.Tendering);
        machine.Configure(TenderStatus.Tendering).Permit(TenderTrigger.PassDeadline, TenderStatus.BidDeadlinePassed);

        machine.Configure(TenderStatus.Suspended)
            .PermitDynamic(TenderTrigger.Resume, resumeTo)
            .Permit(TenderTrigger.Terminate, TenderStatus.Terminated);

        machine.Configure(TenderStatus.BidDeadlinePassed)
            .Permit(TenderTrigger.FailInsufficientBids, TenderStatus.FailedInsufficientBids)
            .Permit(TenderTrigger.CloseOpening, TenderStatus.Opened)
            .Permit(TenderTrigger.Terminate, TenderStatus.Terminated);

        // After the opening: evaluation, publicity, award, contract, archive (BL 37-47, BLR 48-61).
        foreach (var after in AfterOpening)
            machine.Configure(after)
                .Permit(TenderTrigger.Suspend, TenderStatus.Suspended)
                .Permit(TenderTrigger.Terminate, TenderStatus.Terminated)
                .Permit(TenderTrigger.Retender, TenderStatus.Retendered);

        machine.Configure(TenderStatus.Opened).Permit(TenderTrigger.StartEvaluation, TenderStatus.Evaluating);
        machine.Configure(TenderStatus.Evaluating).Permit(TenderTrigger.PublishCandidates, TenderStatus.CandidatesPublicized);
        machine.Configure(TenderStatus.CandidatesPublicized)
            .Permit(TenderTrigger.Reevaluate, TenderStatus.Evaluating)
            .Permit(TenderTrigger.Award, TenderStatus.Awarded);
        machine.Configure(TenderStatus.Awarded)
            .Permit(TenderTrigger.Reevaluate, TenderStatus.Evaluating)
            .Permit(TenderTrigger.SignContract, TenderStatus.Contracted);
        machine.Configure(TenderStatus.Contracted).Permit(TenderTrigger.Archive, TenderStatus.Archived);
    }

    /// <summary>The stages after the opening, which complaints and supervisors can pause (BLR 54, 62).</summary>
    public static readonly IReadOnlyList<TenderStatus> AfterOpening =
        [TenderStatus.Opened, TenderStatus.Evaluating, TenderStatus.CandidatesPublicized, TenderStatus.Awarded];

    /// <summary>The stages that run against the statutory clock and can be paused.</summary>
    public static readonly IReadOnlyList<TenderStatus> Running = [TenderStatus.Announced, TenderStatus.DocumentsOnSale, TenderStatus.Tendering];

    /// <summary>The OCDS coarse status for a fine status.</summary>
    public static OcdsTenderStatus Coarse(TenderStatus status) => status switch
    {
        TenderStatus.Registered => OcdsTenderStatus.Planning,
        TenderStatus.Terminated => OcdsTenderStatus.Cancelled,
        TenderStatus.FailedInsufficientBids or TenderStatus.Retendered => OcdsTenderStatus.Unsuccessful,
        TenderStatus.Awarded or TenderStatus.Contracted or TenderStatus.Archived => OcdsTenderStatus.Complete,
        _ => OcdsTenderStatus.Active,
    };

    /// <summary>Whether <paramref name="trigger"/> is legal now.</summary>
    public bool CanFire(TenderTrigger trigger) => machine.CanFire(trigger);

    /// <summary>Whether <paramref name="trigger"/> is legal from <paramref name="status"/>.</summary>
    public static bool Allows(TenderStatus status, TenderTrigger trigger)
    {
        var current = status;
        return new TenderLifecycle(() => current, s => current = s, () => current).CanFire(trigger);
    }

    /// <summary>Fires <paramref name="trigger"/>; an illegal move throws <see cref="InvalidOperationException"/>.</summary>
    public void Fire(TenderTrigger trigger) => machine.Fire(trigger);

    /// <summary>The machine as a Graphviz DOT graph, for the generated diagram in docs/.</summary>
    public static string ToDotGraph()
    {
        var status = TenderStatus.Registered;
        var lifecycle = new TenderLifecycle(() => status, s => status = s, () => TenderStatus.Announced);
        return UmlDotGraph.Format(lifecycle.machine.GetInfo());
    }
}
