using System.Globalization;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>
/// Reads PDF objects from a file's text (Latin-1, so a character index is a byte offset): values, and "n g obj"
/// definitions. Malformed input raises <see cref="PdfSyntaxException"/>.
/// </summary>
internal sealed class PdfParser(string text)
{
    private const string Delimiters = "()<>[]{}/%";

    /// <summary>The file text.</summary>
    public string Text => text;

    // Deeper nesting than any real document has is refused before it can exhaust the stack.
    private const int MaxDepth = 64;

    /// <summary>
    /// Reads the object defined at <paramref name="offset"/>: its number, value, whether a stream follows, and where
    /// its definition ends (after <c>endobj</c>; for a stream object, where the stream starts).
    /// </summary>
    public (int Number, PdfValue Value, bool HasStream, int End) ReadObject(long offset)
    {
        var position = At(offset);
        var number = ReadInteger(ref position);
        ReadInteger(ref position);
        Expect(ref position, "obj");
        var value = ReadValue(ref position);
        SkipWhitespace(ref position);
        if (string.CompareOrdinal(text, position, "stream", 0, 6) == 0) return (number, value, true, position);
        Expect(ref position, "endobj");
        return (number, value, false, position);
    }

    /// <summary>An offset read from the file, checked to lie inside it.</summary>
    public int At(long offset) =>
        offset >= 0 && offset < text.Length ? (int)offset : throw new PdfSyntaxException($"the offset {offset} lies outside the file");

    /// <summary>Reads one value starting at <paramref name="position"/> (after optional whitespace).</summary>
    public PdfValue ReadValue(ref int position) => ReadValue(ref position, 0);

    private PdfValue ReadValue(ref int position, int depth)
    {
        if (depth > MaxDepth) throw new PdfSyntaxException($"objects nest deeper than {MaxDepth} levels at byte {position}");
        SkipWhitespace(ref position);
        if (position >= text.Length) throw new PdfSyntaxException("the file ends inside an object");
        var c = text[position];
        if (c == '<' && Peek(position + 1) == '<') return ReadDictionary(ref position, depth);
        if (c == '<') return new PdfValue.Atom(Until(ref position, '>', 1));
        if (c == '(') return new PdfValue.Atom(ReadLiteralString(ref position));
        if (c == '[') return ReadArray(ref position, depth);
        if (c == '/') return new PdfValue.Atom("/" + ReadRegular(ref position, 1));
        var token = ReadRegular(ref position, 0);
        if (token.Length == 0) throw new PdfSyntaxException($"unexpected '{c}' at byte {position}");
        if (IsInteger(token) && token.Length < 10 && TryReference(position, int.Parse(token, CultureInfo.InvariantCulture), out var reference, out var after))
        {
            position = after;
            return reference;
        }

        return new PdfValue.Atom(token);
    }

    /// <summary>Reads an unsigned integer token that fits an int (object and generation numbers, counts).</summary>
    public int ReadInteger(ref int position)
    {
        var value = ReadOffset(ref position);
        return value <= int.MaxValue ? (int)value : throw new PdfSyntaxException($"the number {value} at byte {position} is too large");
    }

    /// <summary>Reads an unsigned integer token up to ten digits (byte offsets).</summary>
    public long ReadOffset(ref int position)
    {
        SkipWhitespace(ref position);
        var token = ReadRegular(ref position, 0);
        return IsInteger(token)
            ? long.Parse(token, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new PdfSyntaxException($"expected a number at byte {position - token.Length}, found '{token}'");
    }

    /// <summary>Skips whitespace and comments.</summary>
    public void SkipWhitespace(ref int position)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '%')
            {
                while (position < text.Length && text[position] is not ('\r' or '\n')) position++;
            }
            else if (IsWhitespace(c))
            {
                position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Requires the keyword <paramref name="keyword"/> next.</summary>
    public void Expect(ref int position, string keyword)
    {
        SkipWhitespace(ref position);
        if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) != 0)
            throw new PdfSyntaxException($"expected '{keyword}' at byte {position}");
        position += keyword.Length;
    }

    private static bool IsWhitespace(char c) => c is '\0' or '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsInteger(string token) => token.Length is > 0 and <= 10 && token.All(char.IsAsciiDigit);

    private char Peek(int position) => position < text.Length ? text[position] : '\0';

    private PdfValue.Dictionary ReadDictionary(ref int position, int depth)
    {
        position += 2;
        var entries = new List<KeyValuePair<string, PdfValue>>();
        while (true)
        {
            SkipWhitespace(ref position);
            if (position >= text.Length) throw new PdfSyntaxException("the file ends inside a dictionary");
            if (text[position] == '>' && Peek(position + 1) == '>')
            {
                position += 2;
                return new PdfValue.Dictionary(entries);
            }

            if (text[position] != '/') throw new PdfSyntaxException($"a dictionary key at byte {position} is not a name");
            var key = ReadRegular(ref position, 1);
            // Readers disagree on which of two equal keys wins: a dictionary that repeats one is not read at all.
            if (entries.Any(e => e.Key == key)) throw new PdfSyntaxException($"a dictionary repeats the key /{key} at byte {position}");
            entries.Add(new(key, ReadValue(ref position, depth + 1)));
        }
    }

    private PdfValue.Array ReadArray(ref int position, int depth)
    {
        position++;
        var items = new List<PdfValue>();
        while (true)
        {
            SkipWhitespace(ref position);
            if (position >= text.Length) throw new PdfSyntaxException("the file ends inside an array");
            if (text[position] == ']')
            {
                position++;
                return new PdfValue.Array(items);
            }

            items.Add(ReadValue(ref position, depth + 1));
        }
    }

    private bool TryReference(int position, int number, out PdfValue reference, out int after)
    {
        reference = null!;
        after = position;
        SkipWhitespace(ref after);
        var generation = ReadRegular(ref after, 0);
        if (!IsInteger(generation) || generation.Length > 5) return false;
        SkipWhitespace(ref after);
        if (Peek(after) != 'R' || (after + 1 < text.Length && !IsWhitespace(text[after + 1]) && !Delimiters.Contains(text[after + 1]))) return false;
        after++;
        reference = new PdfValue.Reference(number, int.Parse(generation, CultureInfo.InvariantCulture));
        return true;
    }

    // A run of regular characters, after skipping `skip` leading characters (the slash of a name).
    private string ReadRegular(ref int position, int skip)
    {
        var start = position + skip;
        var end = start;
        while (end < text.Length && !IsWhitespace(text[end]) && !Delimiters.Contains(text[end])) end++;
        position = end;
        return text[start..end];
    }

    private string Until(ref int position, char close, int include)
    {
        var end = text.IndexOf(close, position);
        if (end < 0) throw new PdfSyntaxException($"an unterminated string starts at byte {position}");
        var value = text[position..(end + include)];
        position = end + include;
        return value;
    }

    private string ReadLiteralString(ref int position)
    {
        var start = position;
        var depth = 0;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (c == '\\') position++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return text[start..++position];
        }

        throw new PdfSyntaxException($"an unterminated string starts at byte {start}");
    }
}
