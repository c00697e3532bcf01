using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace TenderHall.Crypto.Signing;

/// <summary>Ed25519 signing key (RFC 8032 seed) via BouncyCastle.</summary>
internal sealed class Ed25519SignatureKey : SignatureKey
{
    private readonly Ed25519PrivateKeyParameters privateKey;
    private readonly Ed25519SignatureVerifier verifier;

    private Ed25519SignatureKey(byte[] seed)
    {
        privateKey = new Ed25519PrivateKeyParameters(seed);
        CryptographicOperations.ZeroMemory(seed);
        verifier = new Ed25519SignatureVerifier(privateKey.GeneratePublicKey().GetEncoded());
    }

    public override SignatureVerifier Verifier => verifier;

    public static Ed25519SignatureKey Generate() => new(RandomNumberGenerator.GetBytes(32));

    public static Ed25519SignatureKey Import(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != 32)
            throw new CryptographicFormatException("An Ed25519 private key is a 32-byte seed.");
        return new Ed25519SignatureKey(seed.ToArray());
    }

    public override byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, privateKey);
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    public override byte[] ExportPrivateKey() => privateKey.GetEncoded();
}
