using TenderHall.Crypto.Signing;

namespace TenderHall.Grains.Contracts.Gate;

/// <summary>The public half of the platform's document key, which signs trade certificates; the host registers it.</summary>
/// <param name="Key">The verifier of <c>GET /api/v1/documents/signing-key</c>.</param>
public sealed record PlatformDocumentVerifier(SignatureVerifier Key);
