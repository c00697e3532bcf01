using System.Text.Json;

namespace TenderHall.BidderTool.Uploads;

/// <summary>An unfinished upload, saved beside the envelope so running <c>upload</c> again resumes it.</summary>
/// <param name="TenderId">Tender the upload is for.</param>
/// <param name="UploadId">The platform's upload id.</param>
/// <param name="EnvelopeSha256">Hex SHA-256 of the envelope, so a re-sealed file starts afresh.</param>
/// <param name="Size">Envelope size in bytes.</param>
public sealed record UploadState(string TenderId, string UploadId, string EnvelopeSha256, long Size)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Where the state of <paramref name="envelopePath"/>'s upload is kept.</summary>
    public static string PathFor(string envelopePath) => envelopePath + ".upload.json";

    /// <summary>The saved state, or null when there is none.</summary>
    public static UploadState? Load(string envelopePath) =>
        File.Exists(PathFor(envelopePath)) ? JsonSerializer.Deserialize<UploadState>(File.ReadAllText(PathFor(envelopePath)), Json) : null;

    /// <summary>Saves the state beside the envelope.</summary>
    public void Save(string envelopePath) => File.WriteAllText(PathFor(envelopePath), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Forgets the state once the upload is complete.</summary>
    public static void Delete(string envelopePath) => File.Delete(PathFor(envelopePath));
}
