namespace TenderHall.Api.Documents;

/// <summary>The platform's document-signing public key.</summary>
/// <param name="Algorithm">Signature algorithm, e.g. EcdsaP256Sha256.</param>
/// <param name="KeyId">Key id as in the directory: hex of the first 8 bytes of SHA-256 over the SubjectPublicKeyInfo.</param>
/// <param name="SubjectPublicKeyInfo">DER SubjectPublicKeyInfo, base64.</param>
public sealed record DocumentKeyView(string Algorithm, string KeyId, string SubjectPublicKeyInfo);
