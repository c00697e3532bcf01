using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>One versioned SQL script: its file name orders it, its SHA-256 tells whether it changed.</summary>
public sealed record SchemaScript(string Name, string Text)
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 script text.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}
