using System.Text.Json;

namespace TenderHall.Api.Clock;

/// <summary>
/// Keeps sandbox virtual time monotonic across restarts: the last virtual time is saved under the data directory
/// and the clock resumes from it instead of jumping back to the wall clock.
/// </summary>
public sealed class SandboxClockAnchor(string path)
{
    /// <summary>The virtual time to resume from: the saved one when it is later than <paramref name="wallNow"/>.</summary>
    public DateTimeOffset Load(DateTimeOffset wallNow)
    {
        if (!File.Exists(path)) return wallNow;
        var saved = JsonSerializer.Deserialize<DateTimeOffset>(File.ReadAllText(path));
        return saved > wallNow ? saved : wallNow;
    }

    /// <summary>Records the clock's current virtual time.</summary>
    public void Save(TimeProvider clock)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(clock.GetUtcNow()));
        File.Move(temp, path, overwrite: true);
    }
}
