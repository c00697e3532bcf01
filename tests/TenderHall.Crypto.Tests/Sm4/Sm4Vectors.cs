using System.Text.Json;

namespace TenderHall.Crypto.Tests.Sm4;

/// <summary>The GB/T 32907 and RFC 8998 vectors of sm4.json.</summary>
internal static class Sm4Vectors
{
    public static IEnumerable<JsonElement> Load() => TestVectors.Load("sm4.json").GetProperty("vectors").EnumerateArray();

    public static JsonElement Gcm() => Load().Single(e => e.TryGetProperty("mode", out _));
}
