using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>One signer's signature in a PDF, as found and checked by <see cref="PdfSignatureVerifier"/>.</summary>
public sealed record PdfSignatureCheck
{
    /// <summary>Which signature dictionary of the file (1-based, in file order); co-signers share one.</summary>
    public required int FieldNumber { get; init; }

    /// <summary>The certificate's subject name, e.g. "CN=TenderHall Platform,O=TenderHall,C=CN"; null when unreadable.</summary>
    public string? Subject { get; init; }

    /// <summary>The signer key's algorithm when it is one of the platform's (ECDSA P-256, SM2).</summary>
    public SignatureAlgorithm? Algorithm { get; init; }

    /// <summary>"ECDSA P-256" or "SM2/SM3", or the signature algorithm's OID for other keys.</summary>
    public string AlgorithmName { get; init; } = "unknown";

    /// <summary>The signingTime attribute the signer claimed (signed, but not a trusted timestamp).</summary>
    public DateTimeOffset? SigningTime { get; init; }

    /// <summary>The byte range covers the whole file except this signature's /Contents hex string.</summary>
    public bool CoversWholeFile { get; init; }

    /// <summary>Covers an earlier revision of the file, and every later revision only adds signatures (a countersigner's).</summary>
    public bool FollowedOnlyBySignatures { get; init; }

    /// <summary>The message digest matches the covered bytes and the signature verifies with the certificate's key.</summary>
    public bool SignatureVerified { get; init; }

    /// <summary>The signer's DER SubjectPublicKeyInfo, to compare with a key the caller trusts.</summary>
    public byte[]? SubjectPublicKeyInfo { get; init; }

    /// <summary>The signer's raw public key (0x04||X||Y) when <see cref="Algorithm"/> is known.</summary>
    public byte[]? RawPublicKey { get; init; }

    /// <summary>Why the signature is not valid, in plain language; null when it is.</summary>
    public string? Problem { get; init; }

    /// <summary>Covers the whole file, or a revision only later signatures followed, and verifies.</summary>
    public bool IsValid => (CoversWholeFile || FollowedOnlyBySignatures) && SignatureVerified && Problem is null;

    /// <summary>True when the signer's key is <paramref name="key"/>.</summary>
    public bool IsBy(SignatureVerifier key) =>
        Algorithm == key.Algorithm && RawPublicKey is not null && RawPublicKey.AsSpan().SequenceEqual(key.RawPublicKey);
}
