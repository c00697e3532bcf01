using System.Globalization;

namespace TenderHall.Grains.Contracts.Rules;

/// <summary>How values are written into rule messages and records: the same text wherever they appear, in any culture.</summary>
public static class RuleValues
{
    /// <summary>An instant in UTC, ISO 8601 round-trip format.</summary>
    public static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>An instant in Beijing time (UTC+8) for rule messages, to the millisecond, e.g. <c>2026-03-24 09:30:00.000</c>.</summary>
    public static string Beijing(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>An amount in fen as yuan with two decimals, e.g. <c>1234.50</c>.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
