namespace TenderHall.Grains.Tests.Deadlines;

/// <summary>A temporary directory of extra calendar files, deleted after the test.</summary>
internal sealed class CalendarDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tenderhall-calendars-").FullName;

    public void Write(string name, string json) => File.WriteAllText(System.IO.Path.Combine(Path, name), json);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
