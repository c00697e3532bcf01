namespace TenderHall.Grains.Contracts.Blobs;

/// <summary>The outcome of re-hashing one blob; the actual hash and size are null when the blob is missing.</summary>
public sealed record BlobVerification(string Sha256Hex, BlobIntegrity Integrity, string? ActualSha256Hex, long? ActualSize);
