using System.Globalization;
using System.Text;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>PDF text strings and dates (ISO 32000-1 §7.9.2, §7.9.4).</summary>
internal static class PdfText
{
    /// <summary>A literal string for printable ASCII, otherwise UTF-16BE with a byte-order mark as a hex string.</summary>
    public static string String(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";
    }

    /// <summary>A date string in UTC, e.g. (D:20261128100000Z).</summary>
    public static string Date(DateTimeOffset at) =>
        "(D:" + at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z)";
}
