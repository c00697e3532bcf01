namespace TenderHall.Grains.Contracts.Hall;

/// <summary>A served or waiting ticket proven by its rating code: what a visit rating needs (一次一评).</summary>
[GenerateSerializer, Alias("th.VisitTicket")]
public sealed record VisitTicket(
    [property: Id(0)] string WindowId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string Code,
    [property: Id(3)] TicketStatus Status,
    [property: Id(4)] string? Officer);
