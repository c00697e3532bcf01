namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The centre's ECVRF public key (RFC 9381, RFC 8032 encoding) that verifies every expert draw's proof.</summary>
/// <param name="Key">The 32-byte public key.</param>
public sealed record DrawPublicKey(byte[] Key);
