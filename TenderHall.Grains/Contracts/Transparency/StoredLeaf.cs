namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>One stored row of the log: index, leaf bytes (empty when only hashes were read) and the stored leaf hash.</summary>
public sealed record StoredLeaf(long Index, byte[] Data, byte[] LeafHash);
