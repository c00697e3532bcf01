using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Problems;

/// <summary>
/// Reads every time in a request body only with its UTC offset ("Z" or "+08:00"): a bare local time would be read in the
/// server's zone, which is nobody's intent, so it is refused with <c>REQ-TIME-OFFSET</c>. Writes ISO 8601 as usual.
/// </summary>
public sealed class OffsetRequiredConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        if (!reader.TryGetDateTimeOffset(out var value)) throw new JsonException($"'{text}' is not an ISO 8601 time.");
        // RoundtripKind reads "Z" as UTC and an offset as local; only a time without either stays Unspecified.
        if (DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind == DateTimeKind.Unspecified)
            throw RuleViolationException.Of("REQ-TIME-OFFSET", ("value", text));
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
