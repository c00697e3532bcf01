using System.Security.Cryptography;
using TenderHall.BidderTool.Cli;

namespace TenderHall.BidderTool.Opening;

/// <summary>A recording of the session named at close: <c>--recording &lt;name&gt;=&lt;sha256 hex | file path&gt;</c>; a file is hashed here.</summary>
/// <param name="Name">The recording's name, e.g. 开标录像.mp4.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
public sealed record Recording(string Name, string Sha256)
{
    /// <summary>Parses one <c>--recording</c> value, hashing the file it names when it is not a SHA-256 in hex.</summary>
    public static async Task<Recording> ParseAsync(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == value.Length - 1)
            throw new UsageException($"--recording is <name>=<sha256 hex or file path>, not '{value}'.");
        var (name, hashOrPath) = (value[..equals].Trim(), value[(equals + 1)..].Trim());
        if (hashOrPath.Length == 64 && hashOrPath.All(char.IsAsciiHexDigit)) return new Recording(name, hashOrPath.ToLowerInvariant());
        if (!File.Exists(hashOrPath))
            throw new UsageException($"--recording {name}: '{hashOrPath}' is neither a SHA-256 in hex (64 digits) nor a file.");
        await using var file = File.OpenRead(hashOrPath);
        return new Recording(name, Convert.ToHexStringLower(await SHA256.HashDataAsync(file)));
    }
}
