namespace TenderHall.Api.Transparency;

/// <summary>RFC 9162 consistency proof between the trees of <see cref="From"/> and <see cref="To"/> leaves (hashes base64 in JSON).</summary>
public sealed record ConsistencyProofView(long From, long To, IReadOnlyList<byte[]> Hashes);
