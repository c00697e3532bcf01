using System.Globalization;

namespace TenderHall.Crypto.Notes;

/// <summary>A C2SP tlog-checkpoint: origin line, decimal tree size, base64 root hash, optional extension lines.</summary>
/// <param name="Origin">Log identity, e.g. "tenderhall.example/log".</param>
/// <param name="Size">Tree size.</param>
/// <param name="RootHash">RFC 9162 root hash (32 bytes).</param>
/// <param name="Extensions">Extra lines, without newlines.</param>
public sealed record Checkpoint(string Origin, long Size, byte[] RootHash, IReadOnlyList<string> Extensions)
{
    /// <summary>A checkpoint without extension lines.</summary>
    public Checkpoint(string origin, long size, byte[] rootHash)
        : this(origin, size, rootHash, [])
    {
    }

    /// <summary>The note text: each line ends with "\n".</summary>
    public string Format() =>
        $"{Origin}\n{Size.ToString(CultureInfo.InvariantCulture)}\n{Convert.ToBase64String(RootHash)}\n" + string.Concat(Extensions.Select(e => e + "\n"));

    /// <summary>Parses checkpoint text (the text of a signed note).</summary>
    public static Checkpoint Parse(string text)
    {
        if (!text.EndsWith('\n'))
            throw new CryptographicFormatException("Checkpoint text ends in a newline.");
        var lines = text[..^1].Split('\n');
        if (lines.Length < 3 || lines[0].Length == 0)
            throw new CryptographicFormatException("A checkpoint has an origin, a size and a root hash line.");
        if (!long.TryParse(lines[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || (lines[1].Length > 1 && lines[1][0] == '0'))
            throw new CryptographicFormatException("The checkpoint size is a decimal number without leading zeros.");
        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException e)
        {
            throw new CryptographicFormatException("The checkpoint root hash is not base64.", e);
        }

        if (root.Length != 32)
            throw new CryptographicFormatException("The checkpoint root hash is 32 bytes.");
        if (lines.Skip(3).Any(l => l.Length == 0))
            throw new CryptographicFormatException("Checkpoint extension lines are not empty.");
        return new Checkpoint(lines[0], size, root, lines[3..]);
    }
}
