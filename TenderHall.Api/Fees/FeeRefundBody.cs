using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Fees;

/// <summary>A refund request.</summary>
/// <param name="Reason">Withdrawal (BLR 35), ContractSigned (BLR 57), Terminated (BLR 31), TenderFailed (BL 28) or LicensingNotGranted (ALL 58-59).</param>
/// <param name="EventAt">When the withdrawal notice arrived or the contract was signed; the 5-day limit runs from it.</param>
public sealed record FeeRefundBody(RefundReason? Reason, DateTimeOffset? EventAt);
