using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Tests.Platform;

/// <summary>Reads the public transparency log as an outsider does.</summary>
internal static class LoggedEvents
{
    /// <summary>The types of the events about <paramref name="subject"/> (whose data field <paramref name="field"/>, if named, is <paramref name="value"/>), in log order.</summary>
    public static async Task<List<string>> Types(HttpClient anonymous, string subject, string? field = null, string? value = null) =>
        [.. (await Leaves(anonymous)).Select(l => l.Leaf)
            .Where(leaf => leaf.TryGetProperty("subject", out var about) && about.GetString() == subject
                           && (field is null || (leaf.TryGetProperty("data", out var data) && data.TryGetProperty(field, out var found) && found.GetString() == value)))
            .Select(leaf => leaf.GetProperty("type").GetString()!)];

    /// <summary>Every leaf of the log with its index, in log order.</summary>
    public static async Task<List<(long Index, JsonElement Leaf)>> Leaves(HttpClient anonymous)
    {
        var leaves = new List<(long, JsonElement)>();
        for (long start = 0; ; start += 1000)
        {
            var entries = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/entries?start={start}&end={start + 1000}");
            foreach (var entry in entries.EnumerateArray())
                leaves.Add((entry.GetProperty("index").GetInt64(),
                    JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(entry.GetProperty("data").GetString()!))).RootElement));
            if (entries.GetArrayLength() < 1000) return leaves;
        }
    }

    /// <summary>
    /// The types of the secret events about <paramref name="subject"/> whose data field <paramref name="field"/> is
    /// <paramref name="value"/>, from the private journal: their public leaves are commitments (BL 22), one per journal entry.
    /// </summary>
    public static async Task<List<string>> Journaled(IGrainFactory grains, string subject, string field, string value) =>
        [.. (await grains.GetGrain<IPrivateJournalGrain>(subject).Entries())
            .Where(e => e.Event.Data.GetValueOrDefault(field) == value).Select(e => e.Event.Type)];
}
