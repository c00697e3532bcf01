namespace TenderHall.Crypto.Notes;

/// <summary>A C2SP signed note: text, a blank line, then one "— name base64" line per signature.</summary>
public sealed class SignedNote
{
    private const string Dash = "\u2014 ";

    /// <summary>Creates a note from its text and signatures.</summary>
    public SignedNote(string text, IReadOnlyList<NoteSignature> signatures)
    {
        CheckText(text);
        Text = text;
        Signatures = signatures;
    }

    /// <summary>The signed text, ending in a newline.</summary>
    public string Text { get; }

    /// <summary>Signature lines in order.</summary>
    public IReadOnlyList<NoteSignature> Signatures { get; }

    /// <summary>Signs <paramref name="text"/> with every signer.</summary>
    public static SignedNote Sign(string text, params NoteSigner[] signers) => new(text, [.. signers.Select(s => s.Sign(text))]);

    /// <summary>The note as transmitted: text, "\n", signature lines.</summary>
    public string Format() => Text + "\n" + string.Concat(Signatures.Select(s => s.FormatLine()));

    /// <summary>True when at least one signature verifies under <paramref name="verifier"/>; signatures by unknown keys are ignored.</summary>
    public bool IsSignedBy(NoteVerifier verifier) => Signatures.Any(s => verifier.Verify(Text, s));

    /// <summary>Parses a signed note; the text is everything up to the last blank line.</summary>
    public static SignedNote Parse(string note)
    {
        var split = note.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0 || !note.EndsWith('\n'))
            throw new CryptographicFormatException("A signed note is text, a blank line and signature lines, each ending in a newline.");
        var text = note[..(split + 1)];
        var signatures = new List<NoteSignature>();
        foreach (var line in note[(split + 2)..^1].Split('\n'))
            signatures.Add(ParseLine(line));
        if (signatures.Count == 0)
            throw new CryptographicFormatException("A signed note carries at least one signature.");
        return new SignedNote(text, signatures);
    }

    internal static void CheckText(string text)
    {
        if (text.Length == 0 || !text.EndsWith('\n') || text.Any(c => char.IsControl(c) && c != '\n'))
            throw new CryptographicFormatException("Note text is non-empty, ends in a newline and holds no control characters other than newline.");
    }

    private static NoteSignature ParseLine(string line)
    {
        if (!line.StartsWith(Dash, StringComparison.Ordinal))
            throw new CryptographicFormatException("A signature line starts with an em dash and a space.");
        var parts = line[Dash.Length..].Split(' ');
        if (parts.Length != 2)
            throw new CryptographicFormatException("A signature line is \"— name base64\".");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException e)
        {
            throw new CryptographicFormatException("A signature is not valid base64.", e);
        }

        if (bytes.Length < 5)
            throw new CryptographicFormatException("A signature holds a 4-byte key hash and signature bytes.");
        return new NoteSignature(parts[0], bytes[..4], bytes[4..]);
    }
}
