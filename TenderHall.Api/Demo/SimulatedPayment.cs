namespace TenderHall.Api.Demo;

/// <summary>What the payer confirms on the simulated bank's page: the order and the amount the platform asked it to collect.</summary>
/// <param name="OrderId">The platform's fee order.</param>
/// <param name="AmountFen">The amount, in fen.</param>
public sealed record SimulatedPayment(string? OrderId, long? AmountFen);
