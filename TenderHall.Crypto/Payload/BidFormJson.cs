using System.Globalization;
using System.Text;
using TenderHall.Crypto.Canonical;
using System.Text.Json;

namespace TenderHall.Crypto.Payload;

/// <summary>Canonical JSON for <see cref="BidForm"/>: RFC 8785 (JCS) style, keys sorted, no whitespace, UTF-8.</summary>
public static class BidFormJson
{
    /// <summary>Canonical UTF-8 encoding; two equal forms always give identical bytes.</summary>
    public static byte[] Serialize(BidForm form)
    {
        var json = new StringBuilder();
        json.Append("{\"depositReference\":");
        AppendString(json, form.DepositReference);
        json.Append(",\"durationDays\":").Append(form.DurationDays.ToString(CultureInfo.InvariantCulture));
        json.Append(",\"price\":");
        AppendString(json, form.Price);
        json.Append(",\"qualityCommitment\":");
        AppendString(json, form.QualityCommitment);
        json.Append('}');
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>Parses canonical form JSON; anything not byte-identical to <see cref="Serialize"/> output is refused.</summary>
    public static BidForm Deserialize(ReadOnlySpan<byte> utf8)
    {
        BidForm form;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            var root = document.RootElement;
            form = new BidForm(
                root.GetProperty("price").GetString()!,
                root.GetProperty("durationDays").GetInt32(),
                root.GetProperty("qualityCommitment").GetString()!,
                root.GetProperty("depositReference").GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new CryptographicFormatException("The bid form is not valid: " + e.Message, e);
        }

        if (!utf8.SequenceEqual(Serialize(form)))
            throw new CryptographicFormatException("The bid form JSON is not in canonical form (sorted keys, no whitespace, no extra fields).");
        return form;
    }

    private static void AppendString(StringBuilder json, string value) => CanonicalJson.AppendString(json, value);
}
