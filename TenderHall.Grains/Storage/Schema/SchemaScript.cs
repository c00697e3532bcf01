using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>One versioned SQL script: its file name orders it, its SHA-256 tells whether it changed.</summary>
public sealed record SchemaScript(string Name, string Text)
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 script text.</summary>
    // Computed on read, not stored: a `with { Text = ... }` copy would otherwise keep the old hash.
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}
