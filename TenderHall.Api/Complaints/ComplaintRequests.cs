using TenderHall.Grains.Contracts.Complaints;

namespace TenderHall.Api.Complaints;

/// <summary>A supervisor's acceptance or rejection of a complaint (BLR 61).</summary>
/// <param name="Accept">True to accept, false to reject.</param>
/// <param name="Note">The reasons.</param>
public sealed record ComplaintReviewRequest(bool Accept, string? Note);

/// <summary>A supervisor's note (suspension of the tender, BLR 62).</summary>
/// <param name="Note">Why.</param>
public sealed record ComplaintNoteRequest(string? Note);

/// <summary>A supervisor's written decision.</summary>
/// <param name="Outcome">Dismissed, Reevaluate or Retender.</param>
/// <param name="Note">The reasons.</param>
public sealed record ComplaintDecisionRequest(ComplaintOutcome Outcome, string? Note);
