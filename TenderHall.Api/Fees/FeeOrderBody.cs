using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Fees;

/// <summary>A request to open a fee order.</summary>
/// <param name="Purpose">DocumentFee or BidDeposit (bidders, paying for themselves), LicensingFee (window officers, for an applicant).</param>
/// <param name="SubjectId">The tender id, or the licensing case id.</param>
/// <param name="AmountFen">The amount shown to the payer, in fen; must equal the published standard.</param>
/// <param name="PayerId">Licensing fees only: the applicant organisation. Bidders always pay as their own organisation.</param>
/// <param name="LicensingItemCode">Licensing fees only: the published licensing item.</param>
/// <param name="FeeName">Licensing fees only: the published fee item.</param>
public sealed record FeeOrderBody(
    FeePurpose? Purpose, string? SubjectId, long? AmountFen, string? PayerId, string? LicensingItemCode, string? FeeName);
