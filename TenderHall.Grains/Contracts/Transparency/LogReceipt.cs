namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>
/// Where an appended event sits in the log: its leaf index and RFC 6962 leaf hash, and for a secret event the base64 salt
/// of the commitment its public leaf carries (docs/transparency.md).
/// </summary>
[GenerateSerializer, Alias("th.LogReceipt")]
public sealed record LogReceipt([property: Id(0)] long Index, [property: Id(1)] string LeafHashHex, [property: Id(2)] string? Salt = null);
