using System.Text.Json;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>
/// The specialty codes of the expert database, with their names: a taxonomy kept as data (<c>specialties.json</c>, embedded),
/// so the centre changes it by editing one file, not code. Every specialty is technical or economic (BL 37: ≥ 2/3 of a committee).
/// </summary>
public static class Specialties
{
    // Declared before All: static fields initialise in text order, and Load reads this one.
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>Code → (Chinese name, English name).</summary>
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> All = Load();

    /// <summary>Whether <paramref name="code"/> is a known specialty.</summary>
    public static bool IsKnown(string code) => All.ContainsKey(code);

    private static Dictionary<string, (string, string)> Load()
    {
        using var stream = typeof(Specialties).Assembly.GetManifestResourceStream("TenderHall.Specialties.json")
                           ?? throw new InvalidOperationException("The specialty taxonomy (specialties.json) is not embedded.");
        var entries = JsonSerializer.Deserialize<List<Entry>>(stream, WebJson) ?? [];
        return entries.ToDictionary(e => e.Code, e => (e.Zh, e.En), StringComparer.Ordinal);
    }

    private sealed record Entry(string Code, string Zh, string En);
}
