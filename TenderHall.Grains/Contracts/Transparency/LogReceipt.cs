namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>Where an appended event sits in the log: its leaf index and RFC 6962 leaf hash.</summary>
[GenerateSerializer, Alias("th.LogReceipt")]
public sealed record LogReceipt([property: Id(0)] long Index, [property: Id(1)] string LeafHashHex);
