namespace TenderHall.Api.Tendering;

/// <summary>The agency's review of the interest an objector states (BLR 22).</summary>
/// <param name="Accepted">True when the objector is an interested party; false closes the objection.</param>
/// <param name="Note">The reasons, told to the objector.</param>
public sealed record InterestReviewRequest(bool? Accepted, string? Note);
