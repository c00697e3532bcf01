namespace TenderHall.Crypto;

/// <summary>The two algorithm suites a sealed envelope may use.</summary>
public enum CryptoSuite
{
    /// <summary>SM2 key wrap, SM4-GCM content, SM3 hashing, SM2-with-SM3 signatures (GB/T 32918, 32907, 32905).</summary>
    Gm = 1,

    /// <summary>ECDH P-256 + HKDF-SHA-256 key wrap, AES-256-GCM content, ECDSA P-256 signatures (WebCrypto-compatible).</summary>
    International = 2,
}
