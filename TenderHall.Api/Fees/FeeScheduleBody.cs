namespace TenderHall.Api.Fees;

/// <summary>A tender's fee schedule to publish.</summary>
/// <param name="SubjectId">The tender id.</param>
/// <param name="DocumentFeeFen">Document price in fen (printing and mailing cost, BLR 16); null when free.</param>
/// <param name="DepositFen">Bid deposit in fen; null when none.</param>
/// <param name="EstimatedPriceFen">Estimated price in fen; the deposit is at most 2 % of it (BLR 26).</param>
/// <param name="Basis">The published basis of the charges (收费依据).</param>
public sealed record FeeScheduleBody(string? SubjectId, long? DocumentFeeFen, long? DepositFen, long? EstimatedPriceFen, string? Basis);
