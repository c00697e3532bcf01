namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A step of the public progress: its kind and date, nothing else.</summary>
[GenerateSerializer, Alias("th.CaseProgressStep")]
public sealed record CaseProgressStep([property: Id(0)] string Kind, [property: Id(1)] DateTimeOffset At);
