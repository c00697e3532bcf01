using System.Globalization;
using System.Text;
using TenderHall.Crypto.Canonical;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// The leaf bytes of an event: its RFC 8785 (JCS) canonical JSON, specified in docs/transparency.md. Every value is a
/// string, so JCS reduces to: keys sorted by UTF-16 code units (<c>actor, at, data, subject, type</c>; data keys
/// likewise), no whitespace, minimal string escaping, UTF-8.
/// </summary>
public static class LogEventJson
{
    /// <summary>Format of <c>at</c>: UTC with exactly seven fractional digits, so every tick of the time is kept.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The canonical UTF-8 bytes of <paramref name="logEvent"/>.</summary>
    public static byte[] Encode(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var json = new StringBuilder(256);
        json.Append('{');
        Member(json, "actor", logEvent.Actor).Append(',');
        Member(json, "at", logEvent.At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)).Append(',');
        Quoted(json, "data").Append(":{");
        var first = true;
        foreach (var (key, value) in (logEvent.Data ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first) json.Append(',');
            Member(json, key, value);
            first = false;
        }

        json.Append("},");
        Member(json, "subject", logEvent.Subject).Append(',');
        Member(json, "type", logEvent.Type).Append('}');
        // Throws on a lone surrogate: such a string has no UTF-8 form, so it has no canonical form either.
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json.ToString());
    }

    private static StringBuilder Member(StringBuilder json, string name, string? value) =>
        Quoted(Quoted(json, name).Append(':'), value ?? "");

    // RFC 8785 §3.2.2.2 string escaping, the same code as every other canonical JSON of the platform.
    private static StringBuilder Quoted(StringBuilder json, string value) => CanonicalJson.AppendString(json, value);
}
