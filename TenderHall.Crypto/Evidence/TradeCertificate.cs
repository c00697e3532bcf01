using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// The statement of a trade certificate (交易凭证): project P's tender T traded in the centre, with its winner and the hash and
/// date of the signed contract. Its text is one "name value" line per field under a fixed first line, so it has one form.
/// </summary>
public sealed record TradeCertificate(
    string ProjectCode, string TenderId, string Title, string WinnerId, string WinnerName, string ContractSha256, DateTimeOffset ContractSignedAt, DateTimeOffset IssuedAt)
{
    /// <summary>The first line of every statement.</summary>
    public const string Header = "tenderhall trade certificate v1";

    private static readonly string[] Names = ["project", "tender", "title", "winner", "winner-name", "contract-sha256", "contract-signed-at", "issued-at"];

    /// <summary>The statement text the platform signs and the log names by its SHA-256.</summary>
    public string Statement()
    {
        string[] values = [ProjectCode, TenderId, Title, WinnerId, WinnerName, ContractSha256, Iso(ContractSignedAt), Iso(IssuedAt)];
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < Names.Length; i++) text.Append(Names[i]).Append(' ').Append(OneLine(values[i])).Append('\n');
        return text.ToString();
    }

    /// <summary>Hex SHA-256 of the statement's UTF-8 bytes.</summary>
    public string Sha256() => Sha256Of(Statement());

    /// <summary>Hex SHA-256 of a statement text.</summary>
    public static string Sha256Of(string statement) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statement)));

    /// <summary>Reads a statement; refuses any text that is not exactly the form <see cref="Statement"/> writes.</summary>
    public static TradeCertificate Parse(string statement)
    {
        var lines = statement.EndsWith('\n') ? statement[..^1].Split('\n') : throw new CryptographicFormatException("A statement ends in a newline.");
        if (lines.Length != Names.Length + 1 || lines[0] != Header) throw new CryptographicFormatException("Not a trade certificate statement of version 1.");
        var values = new string[Names.Length];
        for (var i = 0; i < Names.Length; i++)
            values[i] = lines[i + 1].StartsWith(Names[i] + " ", StringComparison.Ordinal)
                ? lines[i + 1][(Names[i].Length + 1)..]
                : throw new CryptographicFormatException($"Line {i + 2} of the statement is not '{Names[i]}'.");
        var certificate = new TradeCertificate(values[0], values[1], values[2], values[3], values[4], values[5], Instant(values[6]), Instant(values[7]));
        return certificate.Statement() == statement ? certificate : throw new CryptographicFormatException("The statement is not in its one canonical form.");
    }

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : throw new CryptographicFormatException($"'{text}' is not a UTC time of the form 2026-09-16T03:00:00Z.");
}
