using System.Globalization;

namespace TenderHall.Portal.Localization;

/// <summary>Instants as the centre announces them: Beijing time (UTC+8, no daylight saving).</summary>
public static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary><paramref name="instant"/> as <c>yyyy-MM-dd HH:mm</c> in Beijing time.</summary>
    public static string Format(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Like <see cref="Format(DateTimeOffset)"/>, empty for null.</summary>
    public static string Format(DateTimeOffset? instant) => instant is { } value ? Format(value) : "";

    /// <summary>The date of <paramref name="instant"/> in Beijing.</summary>
    public static string Date(DateTimeOffset instant) => instant.ToOffset(Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
