using System.Text;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Tests.Transparency;

public sealed class LogEventJsonTests
{
    [Fact]
    public void The_leaf_is_the_documented_canonical_json_with_sorted_keys_and_seven_fractional_digits()
    {
        var logEvent = new LogEvent
        {
            Type = "bid.received",
            Subject = "tender/T-2026-0001",
            At = new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.FromHours(8)).AddTicks(1234567),
            Actor = "bidder01",
            Data = new(StringComparer.Ordinal) { ["z"] = "1", ["envelopeSha256"] = "ab", ["Z"] = "2" },
        };

        var json = Encoding.UTF8.GetString(LogEventJson.Encode(logEvent));

        Assert.Equal("""{"actor":"bidder01","at":"2026-03-01T08:00:00.1234567Z","data":{"Z":"2","envelopeSha256":"ab","z":"1"},"subject":"tender/T-2026-0001","type":"bid.received"}""", json);
    }

    [Fact]
    public void Strings_escape_only_quote_backslash_and_control_characters()
    {
        var logEvent = new LogEvent { Type = "t", Subject = "s", Actor = "投标人 \"a\\b\" /<>&\n\t\u0001\u2028é" };

        var json = Encoding.UTF8.GetString(LogEventJson.Encode(logEvent));

        Assert.Contains("\"actor\":\"投标人 \\\"a\\\\b\\\" /<>&\\n\\t\\u0001\u2028é\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_with_a_lone_surrogate_has_no_canonical_form()
    {
        var logEvent = new LogEvent { Type = "t", Subject = "s", Actor = "\ud800" };
        Assert.ThrowsAny<ArgumentException>(() => LogEventJson.Encode(logEvent));
    }

    [Fact]
    public void The_same_event_always_gives_the_same_bytes_whatever_the_offset_of_its_time()
    {
        var instant = DateTimeOffset.Parse("2026-03-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var utc = new LogEvent { Type = "t", Subject = "s", Actor = "a", At = instant };
        var beijing = new LogEvent { Type = "t", Subject = "s", Actor = "a", At = instant.ToOffset(TimeSpan.FromHours(8)) };
        Assert.Equal(LogEventJson.Encode(utc), LogEventJson.Encode(beijing));
    }
}
