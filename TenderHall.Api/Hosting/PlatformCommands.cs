using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Hosting;

/// <summary>Operator commands that run instead of the server: <c>migrate</c> applies the database schema and exits.</summary>
public static class PlatformCommands
{
    /// <summary>Whether the first argument names an operator command.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "migrate";

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(PlatformOptions platform)
    {
        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole());
        var migrator = new SchemaMigrator(loggers.CreateLogger<SchemaMigrator>());
        var (kind, connection) = platform.Profile == StorageProfile.Cluster
            ? (DatabaseKind.PostgreSql, platform.PostgresConnectionString!)
            : (DatabaseKind.Sqlite, platform.SqliteConnectionString);
        if (kind == DatabaseKind.Sqlite) Directory.CreateDirectory(platform.DataDirectory);
        var applied = await migrator.MigrateAsync(kind, connection, CancellationToken.None);
        Console.WriteLine(applied.Count == 0
            ? $"migrate: the {kind} schema is up to date."
            : $"migrate: applied {string.Join(", ", applied)} to the {kind} database.");
        return 0;
    }
}
