namespace TenderHall.Api.Fees;

/// <summary>A tender's fees for its agency: what was collected and refunded, per purpose, once the bid deadline has passed.</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Lines">One line per purpose with paid orders.</param>
public sealed record TenderFeeSummary(string TenderId, IReadOnlyList<TenderFeeLine> Lines);
