namespace TenderHall.Api.Transparency;

/// <summary>RFC 9162 inclusion proof of leaf <see cref="Index"/> in the tree of <see cref="TreeSize"/> leaves (hashes base64 in JSON).</summary>
public sealed record InclusionProofView(long Index, long TreeSize, IReadOnlyList<byte[]> Hashes);
