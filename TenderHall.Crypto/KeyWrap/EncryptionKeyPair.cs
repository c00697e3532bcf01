using System.Security.Cryptography;
using Org.BouncyCastle.Math;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.KeyWrap;

/// <summary>A private decryption key with its public half; the private scalar is zeroed on dispose.</summary>
public sealed class EncryptionKeyPair : IDisposable
{
    private readonly byte[] privateScalar;

    private EncryptionKeyPair(CryptoSuite suite, byte[] privateScalar, byte[] rawPublic)
    {
        this.privateScalar = privateScalar;
        PublicKey = EncryptionPublicKey.FromRaw(suite, rawPublic);
    }

    /// <summary>The suite this key belongs to.</summary>
    public CryptoSuite Suite => PublicKey.Suite;

    /// <summary>The public key to wrap content keys to.</summary>
    public EncryptionPublicKey PublicKey { get; }

    /// <summary>Generates a fresh key pair for <paramref name="suite"/>.</summary>
    public static EncryptionKeyPair Generate(CryptoSuite suite)
    {
        switch (suite)
        {
            case CryptoSuite.Gm:
                var scalar = Sm2Scalar.Random().ToByteArrayUnsigned().AsSpan().PadLeft32();
                try
                {
                    return FromPrivateKey(suite, scalar);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(scalar);
                }

            case CryptoSuite.International:
                using (var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256))
                {
                    var parameters = ecdh.ExportParameters(true);
                    return new EncryptionKeyPair(suite, parameters.D!, P256.Raw(parameters));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(suite), suite, "Unknown crypto suite.");
        }
    }

    /// <summary>Rebuilds a key pair from its 32-byte big-endian private scalar.</summary>
    public static EncryptionKeyPair FromPrivateKey(CryptoSuite suite, ReadOnlySpan<byte> privateScalar) => suite switch
    {
        CryptoSuite.Gm => new EncryptionKeyPair(suite, privateScalar.ToArray(), Sm2Curve.EncodePoint(Sm2Curve.PublicPoint(Sm2Scalar.Parse(privateScalar)))),
        CryptoSuite.International => new EncryptionKeyPair(suite, privateScalar.ToArray(), P256.Raw(P256.PrivateParameters(privateScalar))),
        _ => throw new ArgumentOutOfRangeException(nameof(suite), suite, "Unknown crypto suite."),
    };

    /// <summary>Copies out the 32-byte private scalar (for Shamir splitting); the caller must zero it.</summary>
    public byte[] ExportPrivateKey() => (byte[])privateScalar.Clone();

    internal BigInteger PrivateScalar => new(1, privateScalar);

    internal ReadOnlySpan<byte> PrivateScalarBytes => privateScalar;

    /// <inheritdoc/>
    public void Dispose() => CryptographicOperations.ZeroMemory(privateScalar);
}
