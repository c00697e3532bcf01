namespace TenderHall.Api.Tendering;

/// <summary>An objection to the tender documents (BLR 22).</summary>
/// <param name="Text">What is objected to.</param>
/// <param name="InterestGround">For an objector that did not obtain the documents: the ground of its interest, which the agency reviews.</param>
public sealed record ObjectionRequest(string Text, string? InterestGround);
