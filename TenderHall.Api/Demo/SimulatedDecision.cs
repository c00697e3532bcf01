using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Api.Demo;

/// <summary>What the simulated issuer's officer decides on a lodged guarantee letter.</summary>
/// <param name="GuaranteeId">The platform's guarantee id.</param>
/// <param name="Decision">Verified or Rejected.</param>
public sealed record SimulatedDecision(string? GuaranteeId, GuaranteeDecision? Decision);
