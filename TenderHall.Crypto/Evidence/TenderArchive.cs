using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Notes;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// A tender's archive bundle (docs/archive.md): a canonical ZIP of <c>manifest.json</c> (GB/T 18894-style: each record with
/// its metadata, fixity hash and provenance), the records, and <c>log/anchors.json</c>, the log entries of the tender, its
/// expert draw and its bids with their inclusion proofs. The <c>tender.archived</c> entry names the manifest's SHA-256;
/// records made before it are named by their own entries too, and bid receipts are checked as <see cref="ArchivedReceipt"/>.
/// Verified offline with the log's key; any changed byte fails.
/// </summary>
public static class TenderArchive
{
    /// <summary>The manifest's entry name.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>The anchors' entry name.</summary>
    public const string AnchorsName = "log/anchors.json";

    /// <summary>The bundle: manifest, records in manifest order, anchors.</summary>
    public static byte[] Bundle(byte[] manifest, IReadOnlyList<(string Path, byte[] Data)> records, IReadOnlyList<LogAnchor> anchors)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var anchor in anchors) anchor.Write(json);
            json.WriteEndArray();
        }

        return StoredZip.Write([(ManifestName, manifest), .. records, (AnchorsName, buffer.ToArray())]);
    }

    /// <summary>Checks a bundle offline against the log's key.</summary>
    public static EvidenceCheck Verify(byte[] bundle, NoteVerifier logKey)
    {
        List<(string Name, byte[] Data)> entries;
        try
        {
            entries = Read(bundle);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return EvidenceCheck.Fail($"the bundle is not a readable ZIP ({e.Message}).");
        }

        if (!StoredZip.Write(entries).AsSpan().SequenceEqual(bundle))
            return EvidenceCheck.Fail("the bundle's bytes differ from the canonical form of its entries: it was changed.");
        try
        {
            return Check(entries, logKey);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return EvidenceCheck.Fail($"the manifest or the anchors cannot be read ({e.Message}).");
        }
    }

    private static EvidenceCheck Check(List<(string Name, byte[] Data)> entries, NoteVerifier logKey)
    {
        var files = entries.ToDictionary(e => e.Name, e => e.Data, StringComparer.Ordinal);
        if (files.Count != entries.Count) return EvidenceCheck.Fail("the bundle holds two entries of one name.");
        var manifestBytes = files.GetValueOrDefault(ManifestName) ?? throw new KeyNotFoundException(ManifestName);
        var manifest = JsonDocument.Parse(manifestBytes).RootElement;
        var tenderId = manifest.GetProperty("tender").GetProperty("id").GetString();
        var anchors = JsonDocument.Parse(files.GetValueOrDefault(AnchorsName) ?? throw new KeyNotFoundException(AnchorsName)).RootElement
            .EnumerateArray().Select(LogAnchor.Read).ToDictionary(a => a.Index);
        foreach (var anchor in anchors.Values)
            if (anchor.Problem(logKey) is { } problem) return EvidenceCheck.Fail(problem + ".");

        var manifestSha = Hex(manifestBytes);
        var archived = anchors.Values.FirstOrDefault(a => a.Text("type") == "tender.archived" && a.Text("subject") == "tender/" + tenderId);
        if (archived?.Field("manifestSha256") != manifestSha)
            return EvidenceCheck.Fail($"no signed log entry archives tender {tenderId} with this manifest (SHA-256 {manifestSha}): the manifest was changed.");

        var records = manifest.GetProperty("records").EnumerateArray().ToList();
        foreach (var record in records)
            if ((RecordProblem(record, files, anchors) ?? ReceiptProblem(record, files, anchors, logKey, tenderId)) is { } problem) return EvidenceCheck.Fail(problem);
        var listed = records.Select(r => r.GetProperty("path").GetString()).Append(ManifestName).Append(AnchorsName).ToHashSet(StringComparer.Ordinal);
        if (files.Keys.FirstOrDefault(n => !listed.Contains(n)) is { } extra) return EvidenceCheck.Fail($"'{extra}' is in the bundle but not in the manifest.");
        return EvidenceCheck.Pass($"the archive of tender {tenderId} holds {records.Count} records, each matching its fixity hash; the manifest is named by log entry {archived.Index} "
                                  + $"and {anchors.Count} log entries verify against signed checkpoints.");
    }

    private static string? RecordProblem(JsonElement record, Dictionary<string, byte[]> files, Dictionary<long, LogAnchor> anchors)
    {
        var path = record.GetProperty("path").GetString() ?? "";
        if (!files.TryGetValue(path, out var data)) return $"record '{path}' is missing from the bundle.";
        var fixity = record.GetProperty("fixity").GetProperty("value").GetString();
        if (Hex(data) != fixity || record.GetProperty("size").GetInt64() != data.Length) return $"record '{path}' does not match its fixity hash: it was changed.";
        var provenance = record.GetProperty("provenance");
        // A receipt's log entry names the envelope it receipts, not the receipt: ReceiptProblem checks it.
        if (!provenance.TryGetProperty("logIndex", out var index) || Category(record) == ArchivedReceipt.Category) return null;
        var field = provenance.GetProperty("field").GetString() ?? "";
        return anchors.TryGetValue(index.GetInt64(), out var anchor) && anchor.Field(field) == fixity
            ? null
            : $"record '{path}' is not the one log entry {index.GetInt64()} names in '{field}'.";
    }

    private static string? ReceiptProblem(JsonElement record, Dictionary<string, byte[]> files, Dictionary<long, LogAnchor> anchors, NoteVerifier logKey, string? tenderId)
    {
        if (Category(record) != ArchivedReceipt.Category) return null;
        var path = record.GetProperty("path").GetString() ?? "";
        var data = files[path];
        var named = record.GetProperty("provenance").GetProperty("logIndex").GetInt64();
        if (JsonDocument.Parse(data).RootElement.GetProperty("index").GetInt64() != named) return $"receipt '{path}' is not for log entry {named}, which its provenance names.";
        return ArchivedReceipt.Problem(path, data, anchors, logKey, tenderId);
    }

    private static string? Category(JsonElement record) =>
        record.TryGetProperty("category", out var category) && category.ValueKind == JsonValueKind.String ? category.GetString() : null;

    private static List<(string Name, byte[] Data)> Read(byte[] bundle)
    {
        using var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }

        return entries;
    }

    private static string Hex(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
