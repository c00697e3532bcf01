using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Api.Tendering;

/// <summary>A schedule being planned; a date left out is taken as early as the dates before it allow.</summary>
/// <param name="Regime">The law the project is tendered under (the project's <c>regime</c>).</param>
/// <param name="SaleStart">Sale start; omitted, now.</param>
/// <param name="SaleEnd">Sale end.</param>
/// <param name="BidDeadline">Bid deadline and opening time.</param>
public sealed record SchedulePreviewRequest(LegalRegime? Regime, DateTimeOffset? SaleStart, DateTimeOffset? SaleEnd, DateTimeOffset? BidDeadline);
