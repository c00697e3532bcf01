namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>A stored signed checkpoint: its tree size and the signed note as published.</summary>
public sealed record StoredCheckpoint(long TreeSize, string SignedNote);
