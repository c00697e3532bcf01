using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// One signature dictionary found in the raw bytes: its /ByteRange and the /Contents hex string in the gap between
/// the two ranges, with whether those ranges cover the whole file except exactly that hex string, or an earlier
/// revision followed only by other signatures.
/// </summary>
internal sealed partial record PdfSignatureField(long[] ByteRange, byte[]? Contents, bool CoversWholeFile, string? Problem)
{
    /// <summary>Covers a complete earlier revision, and every later revision only adds signatures.</summary>
    public bool FollowedOnlyBySignatures { get; init; }

    public static List<PdfSignatureField> FindAll(byte[] pdf)
    {
        // Latin-1 maps every byte to one char, so string offsets are file offsets.
        var text = Encoding.Latin1.GetString(pdf);
        return [.. ByteRangePattern().Matches(text).Select(m => Read(pdf, text, m))];
    }

    private static PdfSignatureField Read(byte[] pdf, string text, Match match)
    {
        var numbers = match.Groups[1].Value.Split((char[])[' ', '\t', '\r', '\n', '\f', '\0'], StringSplitOptions.RemoveEmptyEntries);
        var range = new long[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!long.TryParse(numbers[i], NumberStyles.None, CultureInfo.InvariantCulture, out range[i]))
                return new(range, null, false, "its byte range is not a list of numbers");
        }

        if (range.Length != 4)
            return new(range, null, false, $"its byte range has {range.Length / 2} parts instead of 2 (around the signature)");
        long start = range[0], firstEnd = range[0] + range[1], secondStart = range[2], end = range[2] + range[3];
        if (start != 0 || range[1] < 0 || range[3] < 0 || firstEnd >= secondStart || end > pdf.Length)
            return new(range, null, false, "its byte range does not describe two parts of this file around the signature");

        var gap = text[(int)firstEnd..(int)secondStart];
        if (gap.Length < 2 || gap[0] != '<' || gap[^1] != '>' || !IsHex(gap.AsSpan(1, gap.Length - 2)))
            return new(range, null, false, "the bytes it leaves out are not the signature's hex string");
        if (!text[..(int)firstEnd].TrimEnd().EndsWith("/Contents", StringComparison.Ordinal))
            return new(range, null, false, "the bytes it leaves out are not the /Contents of the signature");

        var hex = gap[1..^1];
        var contents = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0"); // PDF: a missing final digit is 0
        if (end == pdf.Length) return new(range, contents, true, null);
        // An earlier signature: valid only when everything after it is a later signer's incremental update.
        return Syntax.PdfSignatureUpdates.ProblemAfter(pdf, end) is { } later
            ? new(range, contents, false, $"the file was changed after this signature covered its first {end} of {pdf.Length} bytes: {later}")
            : new(range, contents, false, null) { FollowedOnlyBySignatures = true };
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
                return false;
        }

        return true;
    }

    [GeneratedRegex(@"/ByteRange\s*\[([^\]]{0,200})\]")]
    private static partial Regex ByteRangePattern();
}
