namespace TenderHall.Grains.Contracts.Blobs;

/// <summary>The address of stored content: its SHA-256 as 64 lowercase hex digits, and its length in bytes.</summary>
[GenerateSerializer, Immutable, Alias("TenderHall.Storage.Blobs.BlobRef")]
public sealed record BlobRef([property: Id(0)] string Sha256Hex, [property: Id(1)] long Size);
