namespace TenderHall.Grains.Contracts.Opening;

/// <summary>A supervisor's check-in at the opening.</summary>
[GenerateSerializer, Alias("th.Attendance")]
public sealed record Attendance([property: Id(0)] string UserName, [property: Id(1)] string? OrganizationId, [property: Id(2)] DateTimeOffset At, [property: Id(3)] string? Address);
