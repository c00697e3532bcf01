using System.Reflection;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>The SQL scripts embedded from <c>Storage/Sql/&lt;kind&gt;/NNNN_name.sql</c>.</summary>
public static class SchemaScripts
{
    // Matches the LogicalName given to the EmbeddedResource items in TenderHall.Grains.csproj.
    private const string Prefix = "TenderHall.Sql/";

    /// <summary>Every script of <paramref name="kind"/>, ordered by file name (NNNN_ prefix).</summary>
    public static IReadOnlyList<SchemaScript> Load(DatabaseKind kind)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var folder = Prefix + FolderOf(kind) + "/";
        return assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(folder, StringComparison.Ordinal))
            .Select(r => new SchemaScript(r.Path[folder.Length..], Read(assembly, r.Resource)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string FolderOf(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => "sqlite",
        DatabaseKind.PostgreSql => "postgresql",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown database kind."),
    };

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
