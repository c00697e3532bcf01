namespace TenderHall.Crypto.Sm4;

/// <summary>How SM4 and GHASH are computed; <see cref="Sm4Cpu.Best"/> picks the fastest this CPU supports.</summary>
internal enum Sm4Path
{
    /// <summary>BouncyCastle on any CPU: one block at a time, its S-box a table indexed by secret bytes.</summary>
    Portable,

    /// <summary>Sixteen blocks at a time in AVX2 lanes, the S-box through AES-NI's AESENCLAST, GHASH with PCLMULQDQ; constant-time.</summary>
    AesNi,

    /// <summary>As <see cref="AesNi"/>, with GHASH on 256-bit VPCLMULQDQ: two blocks per multiply.</summary>
    AesNiVpclmul,
}
