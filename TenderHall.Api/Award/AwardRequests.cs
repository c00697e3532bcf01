namespace TenderHall.Api.Award;

/// <summary>A bidder's objection to the result during the candidate publicity (BLR 54).</summary>
/// <param name="Text">What is objected to and why.</param>
public sealed record ResultObjectionRequest(string? Text);

/// <summary>The agency determines the winner (BLR 55).</summary>
/// <param name="WinnerId">The candidate's organization id.</param>
/// <param name="Reason">Required when not the first-ranked candidate still standing.</param>
public sealed record AwardBody(string? WinnerId, string? Reason);

/// <summary>The winner gave up or failed its performance bond (BLR 55).</summary>
/// <param name="Reason">What happened.</param>
public sealed record DeclineBody(string? Reason);

/// <summary>The contract the platform drafts for both parties to sign (BL 46, BLR 58).</summary>
/// <param name="ValueFen">Contract value in fen.</param>
/// <param name="PerformanceBondFen">Performance bond in fen (at most 10 % of the value).</param>
/// <param name="Terms">The contract's terms as agreed in the documents and the winning bid.</param>
public sealed record ContractBody(long ValueFen, long PerformanceBondFen, string? Terms);

/// <summary>A party's signature over the prepared signed attributes.</summary>
/// <param name="Signature">The signature, base64.</param>
public sealed record ContractSignatureBody(string? Signature);
