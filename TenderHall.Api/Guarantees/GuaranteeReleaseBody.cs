using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Api.Guarantees;

/// <summary>A request to release a guarantee letter.</summary>
/// <param name="Reason">ContractSigned (BLR 57), Withdrawal (BLR 35), Terminated (BLR 31) or TenderFailed (BL 28).</param>
/// <param name="EventAt">When the contract was signed or the withdrawal notice arrived; the 5-day limit runs from it.</param>
public sealed record GuaranteeReleaseBody(GuaranteeReleaseReason? Reason, DateTimeOffset? EventAt);
