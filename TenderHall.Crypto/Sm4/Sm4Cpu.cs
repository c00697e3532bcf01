using System.Runtime.Intrinsics.X86;

namespace TenderHall.Crypto.Sm4;

/// <summary>Which SM4 paths the running CPU can execute, decided once at start-up.</summary>
internal static class Sm4Cpu
{
    /// <summary>Every path this CPU supports, slowest first (always at least <see cref="Sm4Path.Portable"/>).</summary>
    public static IReadOnlyList<Sm4Path> Supported { get; } = [.. Enum.GetValues<Sm4Path>().Where(IsSupported)];

    /// <summary>The fastest supported path.</summary>
    public static Sm4Path Best { get; } = Supported[^1];

    public static bool IsSupported(Sm4Path path) => path switch
    {
        Sm4Path.Portable => true,
        Sm4Path.AesNi => Avx2.IsSupported && Aes.IsSupported && Pclmulqdq.IsSupported,
        Sm4Path.AesNiVpclmul => IsSupported(Sm4Path.AesNi) && Pclmulqdq.V256.IsSupported,
        _ => false,
    };
}
