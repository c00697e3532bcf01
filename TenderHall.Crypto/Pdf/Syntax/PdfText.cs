using System.Globalization;
using System.Text;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>PDF text strings and dates (ISO 32000-1 §7.9.2, §7.9.4).</summary>
internal static class PdfText
{
    /// <summary>
    /// A text string as UTF-16BE with a byte-order mark, in hex: whatever a name says, no PDF syntax (such as a
    /// <c>/ByteRange</c> that a byte scanner would take for a signature) ever appears in the file in clear.
    /// </summary>
    public static string String(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>A date string in UTC, e.g. (D:20261128100000Z).</summary>
    public static string Date(DateTimeOffset at) =>
        "(D:" + at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z)";
}
