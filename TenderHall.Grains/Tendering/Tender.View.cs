using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>What the public may see of a tender.</summary>
public sealed partial class Tender
{
    /// <summary>The public view (no document holders, no objectors: BL 22).</summary>
    public TenderView ToView() => new()
    {
        Id = Id,
        Status = state.Status,
        OcdsStatus = TenderLifecycle.Coarse(state.Status),
        Registration = Registration,
        Schedule = state.Schedule,
        Announcement = state.Announcement,
        Documents = state.Documents,
        Clarifications = state.Clarifications,
        Suspensions = state.Suspensions,
        TerminationReason = state.TerminationReason,
        RetenderReason = state.RetenderReason,
        Objections = ObjectionsDisclosed ? state.Objections.Count : null,
        OpenObjections = ObjectionsDisclosed ? state.Objections.Count(o => o.AnsweredAt is null) : null,
        Regime = Registration.Regime,
        EvaluationMethod = state.EvaluationMethod,
    };

    // BL 22: how many objected tells how many potential bidders there are, so the count is public only once bids have closed.
    private bool ObjectionsDisclosed => state.Status is TenderStatus.BidDeadlinePassed or TenderStatus.FailedInsufficientBids;
}
