namespace TenderHall.Grains.Contracts.Registry;

/// <summary>A page of ids from a directory index and the total count.</summary>
[GenerateSerializer, Alias("th.IndexPage")]
public sealed record IndexPage([property: Id(0)] IReadOnlyList<string> Ids, [property: Id(1)] int Total);
