using System.Globalization;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The rules every signed callback text follows: LF-separated lines, no line breaks inside values, whole-second UTC instants.</summary>
public static class CallbackText
{
    /// <summary>Why values and an instant cannot be put into one canonical text, or null when they can.</summary>
    public static string? Problem(IEnumerable<string?> values, DateTimeOffset instant, string instantName)
    {
        if (values.Any(v => v is null || v.Contains('\n', StringComparison.Ordinal) || v.Contains('\r', StringComparison.Ordinal)))
            return "covers a field with a line break";
        return instant.Ticks % TimeSpan.TicksPerSecond != 0 ? $"covers a {instantName} with fractions of a second" : null;
    }

    /// <summary>An instant as a canonical text writes it: UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
