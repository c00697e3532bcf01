using System.Security.Cryptography;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Grains.Experts;

/// <summary>The centre's ECVRF key (RFC 9381, Ed25519 keys) that proves every expert draw; its public key is published.</summary>
public sealed class DrawVrfKey : IDisposable
{
    private readonly byte[] secret;

    /// <summary>Wraps a 32-byte secret key.</summary>
    public DrawVrfKey(byte[] secretKey)
    {
        if (secretKey.Length != 32) throw new CryptographicException("An ECVRF secret key has 32 bytes.");
        secret = [.. secretKey];
        PublicKey = Ecvrf.PublicKey(secret);
    }

    /// <summary>The public key (RFC 8032 encoding).</summary>
    public byte[] PublicKey { get; }

    /// <summary>The proof for <paramref name="alpha"/>.</summary>
    public byte[] Prove(ReadOnlySpan<byte> alpha) => Ecvrf.Prove(secret, alpha);

    /// <inheritdoc />
    public void Dispose() => CryptographicOperations.ZeroMemory(secret);
}
