namespace TenderHall.Crypto.Signing;

/// <summary>A private signature key; <see cref="Verifier"/> is its public half.</summary>
public abstract class SignatureKey : IDisposable
{
    /// <summary>The signature algorithm.</summary>
    public SignatureAlgorithm Algorithm => Verifier.Algorithm;

    /// <summary>The public key, its key id and encodings.</summary>
    public abstract SignatureVerifier Verifier { get; }

    /// <summary>Signs <paramref name="data"/> (hashing is part of the algorithm).</summary>
    public abstract byte[] Sign(ReadOnlySpan<byte> data);

    /// <summary>Exports the private key: the 32-byte scalar d for SM2 and P-256, the 32-byte seed for Ed25519.</summary>
    public abstract byte[] ExportPrivateKey();

    /// <summary>Generates a fresh key pair.</summary>
    public static SignatureKey Generate(SignatureAlgorithm algorithm, string? sm2UserId = null) => algorithm switch
    {
        SignatureAlgorithm.Sm2Sm3 => Sm2SignatureKey.Generate(sm2UserId ?? Sm2Curve.DefaultUserId),
        SignatureAlgorithm.EcdsaP256Sha256 => EcdsaP256SignatureKey.Generate(),
        SignatureAlgorithm.Ed25519 => Ed25519SignatureKey.Generate(),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signature algorithm."),
    };

    /// <summary>Imports a private key in the form <see cref="ExportPrivateKey"/> produces.</summary>
    public static SignatureKey Import(SignatureAlgorithm algorithm, ReadOnlySpan<byte> privateKey, string? sm2UserId = null) => algorithm switch
    {
        SignatureAlgorithm.Sm2Sm3 => Sm2SignatureKey.Import(privateKey, sm2UserId ?? Sm2Curve.DefaultUserId),
        SignatureAlgorithm.EcdsaP256Sha256 => EcdsaP256SignatureKey.Import(privateKey),
        SignatureAlgorithm.Ed25519 => Ed25519SignatureKey.Import(privateKey),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signature algorithm."),
    };

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the key material.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
