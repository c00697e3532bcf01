namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>
/// Proof that a leaf is in the log, for receipts: anyone holding the log's verifier key checks the checkpoint signature,
/// then the proof from <see cref="LeafHash"/> at <see cref="Index"/> up to the checkpoint's root hash.
/// </summary>
[GenerateSerializer, Alias("th.LogInclusion")]
public sealed record LogInclusion
{
    /// <summary>Leaf index (0-based).</summary>
    [Id(0)] public long Index { get; init; }

    /// <summary>RFC 6962 leaf hash: SHA-256(0x00 || canonical event bytes).</summary>
    [Id(1)] public byte[] LeafHash { get; init; } = [];

    /// <summary>The signed checkpoint (C2SP tlog-checkpoint signed note) the proof leads to; its size is above <see cref="Index"/>.</summary>
    [Id(2)] public string Checkpoint { get; init; } = "";

    /// <summary>Inclusion proof hashes, leaf end first (RFC 9162 §2.1.3.1).</summary>
    [Id(3)] public IReadOnlyList<byte[]> Hashes { get; init; } = [];
}
