using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Award;

/// <summary>
/// Writes the archive's manifest after the practice of GB/T 18894 (electronic records archiving): the aggregation's metadata,
/// then each record with its metadata, its fixity (SHA-256) and its provenance (the log entry that recorded it, or the platform).
/// </summary>
public static class ArchiveManifest
{
    /// <summary>The manifest's format name.</summary>
    public const string Format = "tenderhall-archive/1";

    /// <summary>The manifest bytes (UTF-8 JSON).</summary>
    public static byte[] Write(TenderView tender, AwardView award, IReadOnlyList<ArchiveRecord> records, IReadOnlyList<StoredLeaf> leaves, DateTimeOffset at)
    {
        var events = leaves.Select(l => (l.Index, Event: JsonDocument.Parse(l.Data).RootElement)).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("practice", "GB/T 18894-2016 电子文件归档与电子档案管理规范：元数据、固化信息（SHA-256）、来源");
            json.WriteStartObject("tender");
            json.WriteString("id", tender.Id);
            json.WriteString("title", tender.Registration.Title);
            json.WriteString("projectCode", tender.Registration.ProjectCode);
            json.WriteString("lot", tender.Registration.Lot);
            json.WriteString("agency", tender.Registration.AgencyId);
            json.WriteString("regime", tender.Regime.ToString());
            json.WriteString("winner", award.Award?.BidderName);
            json.WriteEndObject();
            json.WriteString("archivedAt", at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("retention", "permanent, read-only");
            json.WriteStartArray("records");
            foreach (var record in records) WriteRecord(json, record, events);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteRecord(Utf8JsonWriter json, ArchiveRecord record, List<(long Index, JsonElement Event)> events)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(record.Data));
        json.WriteStartObject();
        json.WriteString("path", record.Path);
        json.WriteString("title", record.Title);
        json.WriteString("category", record.Category);
        json.WriteString("mediaType", record.MediaType);
        json.WriteNumber("size", record.Data.Length);
        json.WriteStartObject("fixity");
        json.WriteString("algorithm", "SHA-256");
        json.WriteString("value", sha);
        json.WriteEndObject();
        json.WriteStartObject("provenance");
        json.WriteString("creator", "TenderHall");
        if ((record.LogIndex ?? LoggedAt(record, sha, events)) is { } index)
        {
            json.WriteNumber("logIndex", index);
            json.WriteString("event", record.Event);
            json.WriteString("field", record.Field);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    // The latest entry of the record's event type whose field names the record's hash.
    private static long? LoggedAt(ArchiveRecord record, string sha, List<(long Index, JsonElement Event)> events)
    {
        if (record.Event is null) return null;
        var at = events.FindLastIndex(e => Text(e.Event, "type") == record.Event && e.Event.TryGetProperty("data", out var data) && Text(data, record.Field!) == sha);
        return at < 0 ? null : events[at].Index;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
