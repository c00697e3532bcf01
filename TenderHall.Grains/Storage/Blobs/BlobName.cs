namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Validates blob names: exactly 64 lowercase hex digits, so a name can never climb out of its directory or table.</summary>
internal static class BlobName
{
    public const int Length = 64;

    public static bool IsValid(string? sha256Hex) =>
        sha256Hex is { Length: Length } && sha256Hex.All(static c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static void ThrowIfInvalid(string? sha256Hex, string paramName)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex, paramName);
        if (!IsValid(sha256Hex))
        {
            throw new ArgumentException("A blob name is a SHA-256 as 64 lowercase hex digits.", paramName);
        }
    }

    public static string FromHash(ReadOnlySpan<byte> sha256) => Convert.ToHexStringLower(sha256);
}
