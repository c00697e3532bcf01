using System.Security.Cryptography;

namespace TenderHall.Crypto.Vrf;

/// <summary>ECVRF-EDWARDS25519-SHA512-TAI (RFC 9381): prove, verify and proof-to-hash with RFC 8032 keys.</summary>
public static class Ecvrf
{
    /// <summary>Proof length: Gamma (32) || c (16) || s (32).</summary>
    public const int ProofLength = 80;

    /// <summary>Output (beta) length.</summary>
    public const int OutputLength = 64;

    private const byte SuiteString = 0x03;
    private const int ChallengeLength = 16;

    /// <summary>The public key (RFC 8032 encoding of x*B) for a 32-byte secret key.</summary>
    public static byte[] PublicKey(ReadOnlySpan<byte> secretKey)
    {
        var (scalar, _) = ExpandSecret(secretKey);
        try
        {
            return EdwardsPoint.Base.Multiply(scalar).Encode();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }
    }

    /// <summary>RFC 9381 §5.1: proof pi for input <paramref name="alpha"/>.</summary>
    public static byte[] Prove(ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> alpha)
    {
        var (scalar, nonceKey) = ExpandSecret(secretKey);
        try
        {
            var publicKey = EdwardsPoint.Base.Multiply(scalar).Encode();
            var h = EncodeToCurve(publicKey, alpha) ?? throw new CryptographicException("No curve point found for this input.");
            var hString = h.Encode();
            var gamma = h.Multiply(scalar);
            var k = Scalar25519.Reduce(SHA512.HashData([.. nonceKey, .. hString]));
            var c = Challenge(publicKey, hString, gamma.Encode(), EdwardsPoint.Base.Multiply(k).Encode(), h.Multiply(k).Encode());
            var s = Scalar25519.MultiplyAdd(k, c, scalar);
            CryptographicOperations.ZeroMemory(k);
            return [.. gamma.Encode(), .. c, .. s];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
            CryptographicOperations.ZeroMemory(nonceKey);
        }
    }

    /// <summary>RFC 9381 §5.2: beta from a proof, without verifying it (use only after <see cref="Verify"/> or on own proofs).</summary>
    public static byte[] ProofToHash(ReadOnlySpan<byte> proof)
    {
        var gamma = (proof.Length == ProofLength ? EdwardsPoint.Decode(proof[..32]) : null)
            ?? throw new CryptographicFormatException("The proof is not 80 bytes starting with a valid point Gamma.");
        return SHA512.HashData([SuiteString, 0x03, .. gamma.MultiplyByCofactor().Encode(), 0x00]);
    }

    /// <summary>RFC 9381 §5.3 (with key validation): true and beta when pi is a valid proof for alpha under the public key.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> proof, ReadOnlySpan<byte> alpha, out byte[] beta)
    {
        beta = [];
        var y = EdwardsPoint.Decode(publicKey);
        if (y is null || y.MultiplyByCofactor().IsIdentity() || proof.Length != ProofLength)
            return false;
        var gamma = EdwardsPoint.Decode(proof[..32]);
        var c = proof.Slice(32, ChallengeLength);
        var s = proof[48..];
        if (gamma is null || !Scalar25519.IsCanonical(s))
            return false;
        var h = EncodeToCurve(publicKey, alpha);
        if (h is null)
            return false;
        Span<byte> c32 = stackalloc byte[32];
        c.CopyTo(c32);
        var u = EdwardsPoint.Base.Multiply(s).Add(y.Multiply(c32).Negate());
        var v = h.Multiply(s).Add(gamma.Multiply(c32).Negate());
        var expected = Challenge(publicKey, h.Encode(), proof[..32], u.Encode(), v.Encode());
        if (!CryptographicOperations.FixedTimeEquals(expected, c))
            return false;
        beta = ProofToHash(proof);
        return true;
    }

    // RFC 8032 §5.1.5: x = clamp(SHA-512(sk)[0..32]); the upper half keys the nonce (RFC 9381 §5.4.2.2).
    private static (byte[] Scalar, byte[] NonceKey) ExpandSecret(ReadOnlySpan<byte> secretKey)
    {
        if (secretKey.Length != 32)
            throw new CryptographicFormatException("An ECVRF secret key is a 32-byte RFC 8032 seed.");
        var hash = SHA512.HashData(secretKey);
        var scalar = hash[..32];
        scalar[0] &= 248;
        scalar[31] &= 127;
        scalar[31] |= 64;
        var nonceKey = hash[32..];
        CryptographicOperations.ZeroMemory(hash);
        return (scalar, nonceKey);
    }

    // RFC 9381 §5.4.1.1 try-and-increment, salt = public key string.
    private static EdwardsPoint? EncodeToCurve(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> alpha)
    {
        byte[] prefix = [SuiteString, 0x01, .. publicKey, .. alpha];
        for (var counter = 0; counter < 256; counter++)
        {
            var hash = SHA512.HashData([.. prefix, (byte)counter, 0x00]);
            var point = EdwardsPoint.Decode(hash.AsSpan(0, 32));
            if (point is null)
                continue;
            var h = point.MultiplyByCofactor();
            if (!h.IsIdentity())
                return h;
        }

        return null;
    }

    // RFC 9381 §5.4.3: c = first 16 bytes of SHA-512(suite || 0x02 || Y || H || Gamma || U || V || 0x00).
    private static byte[] Challenge(ReadOnlySpan<byte> y, ReadOnlySpan<byte> h, ReadOnlySpan<byte> gamma, ReadOnlySpan<byte> u, ReadOnlySpan<byte> v) =>
        SHA512.HashData([SuiteString, 0x02, .. y, .. h, .. gamma, .. u, .. v, 0x00])[..ChallengeLength];
}
