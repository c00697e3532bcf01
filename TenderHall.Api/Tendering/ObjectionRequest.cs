namespace TenderHall.Api.Tendering;

/// <summary>An objection to the tender documents (BLR 22).</summary>
/// <param name="Text">What is objected to.</param>
/// <param name="InterestGround">For an objector that did not obtain the documents: the ground of its interest, which the agency reviews.</param>
/// <param name="Evidence">SHA-256 of evidence files uploaded first (<c>POST /api/v1/objections/evidence</c>), at most 20.</param>
public sealed record ObjectionRequest(string Text, string? InterestGround, IReadOnlyList<string>? Evidence = null);
