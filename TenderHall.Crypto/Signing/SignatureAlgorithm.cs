namespace TenderHall.Crypto.Signing;

/// <summary>Signature algorithms; every signature is a fixed-length raw encoding, never DER.</summary>
public enum SignatureAlgorithm
{
    /// <summary>SM2 with SM3 and a user ID (GB/T 32918.2); signature r||s, 64 bytes.</summary>
    Sm2Sm3 = 1,

    /// <summary>ECDSA P-256 with SHA-256; signature r||s, 64 bytes (IEEE P1363, the WebCrypto format).</summary>
    EcdsaP256Sha256 = 2,

    /// <summary>Ed25519 (RFC 8032, pure); signature 64 bytes.</summary>
    Ed25519 = 3,
}
