using System.Globalization;

namespace TenderHall.BidderTool.Cli;

/// <summary>Parses sizes such as <c>8MiB</c>, <c>512KiB</c>, <c>1GiB</c> or a plain byte count.</summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units =
        [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("G", 1L << 30), ("M", 1L << 20), ("K", 1L << 10), ("B", 1)];

    /// <summary>The number of bytes <paramref name="text"/> names; a usage error for anything else.</summary>
    public static long Parse(string text, string option)
    {
        var (suffix, factor) = Units.FirstOrDefault(u => text.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase), ("", 1));
        var number = text[..^suffix.Length].Trim();
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / factor
            ? n * factor
            : throw new UsageException($"--{option} is a size such as 8MiB, 512KiB or 1048576, not '{text}'.");
    }

    /// <summary>A size a person reads easily (MiB with one decimal above 1 MiB).</summary>
    public static string Format(long bytes) => bytes >= 1 << 20
        ? (bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
