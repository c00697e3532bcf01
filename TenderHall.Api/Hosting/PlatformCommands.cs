using TenderHall.Api.Transparency;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>
/// Operator commands that run instead of the server: <c>migrate</c> applies the database schema, <c>verify-log</c>
/// re-checks every stored transparency-log entry against the signed checkpoints.
/// </summary>
public static class PlatformCommands
{
    private const string Migrate = "migrate";

    /// <summary>Whether the first argument names an operator command.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is Migrate or VerifyLogCommand.Name;

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, PlatformOptions platform, IConfiguration configuration)
    {
        if (args[0] == VerifyLogCommand.Name) return await VerifyLogCommand.RunAsync(platform, configuration, Console.Out);

        using var loggers = LoggerFactory.Create(l => l.AddSimpleConsole());
        var applied = await GrainsHosting.MigrateSchemaAsync(platform, loggers, CancellationToken.None);
        var kind = platform.Profile == StorageProfile.Cluster ? "PostgreSql" : "Sqlite";
        Console.WriteLine(applied.Count == 0
            ? $"migrate: the {kind} schema is up to date."
            : $"migrate: applied {string.Join(", ", applied)} to the {kind} database.");
        return 0;
    }
}
