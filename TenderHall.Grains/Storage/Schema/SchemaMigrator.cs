using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>
/// Applies the versioned SQL scripts of a database kind in file-name order and records each script's name and
/// SHA-256 in <c>tenderhall_schema</c>. A script runs when it is new or its text changed, so scripts must be
/// idempotent; an unchanged script is skipped. Safe to run from several processes at once.
/// </summary>
public sealed partial class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    private const string CreateJournal = """
        CREATE TABLE IF NOT EXISTS tenderhall_schema (
            script_name varchar(200) NOT NULL PRIMARY KEY,
            sha256      char(64)     NOT NULL,
            applied_at  timestamp    NOT NULL
        )
        """;

    private const string ReadRecordedHash = "SELECT sha256 FROM tenderhall_schema WHERE script_name = @name";

    private const string RecordScript = """
        INSERT INTO tenderhall_schema (script_name, sha256, applied_at) VALUES (@name, @sha256, CURRENT_TIMESTAMP)
        ON CONFLICT (script_name) DO UPDATE SET sha256 = excluded.sha256, applied_at = excluded.applied_at
        """;

    /// <summary>Applies the embedded scripts of <paramref name="kind"/>; returns the names of the scripts it ran.</summary>
    public Task<IReadOnlyList<string>> MigrateAsync(DatabaseKind kind, string connectionString, CancellationToken cancellationToken) =>
        MigrateAsync(kind, connectionString, SchemaScripts.Load(kind), cancellationToken);

    /// <summary>Applies <paramref name="scripts"/> in name order; returns the names of the scripts it ran.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(
        DatabaseKind kind, string connectionString, IReadOnlyList<SchemaScript> scripts, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(scripts);

        var dialect = SchemaDialect.For(kind);
        await using var connection = await dialect.OpenAsync(connectionString, cancellationToken);
        var applied = new List<string>();
        foreach (var script in scripts.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            // One exclusive transaction per script: the check, the script and its record commit together, and
            // a concurrent migrator sees either none or all of them.
            await using var transaction = await dialect.BeginExclusiveAsync(connection, cancellationToken);
            await ExecuteAsync(connection, transaction, CreateJournal, script, cancellationToken);
            var recorded = await ScalarAsync(connection, transaction, ReadRecordedHash, script, cancellationToken);
            if (string.Equals(recorded, script.Sha256, StringComparison.Ordinal))
            {
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            await ExecuteAsync(connection, transaction, script.Text, script: null, cancellationToken);
            await ExecuteAsync(connection, transaction, RecordScript, script, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogScriptApplied(logger, script.Name, script.Sha256, kind);
            applied.Add(script.Name);
        }

        return applied;
    }

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, SchemaScript? script, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, script);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(
        DbConnection connection, DbTransaction transaction, string sql, SchemaScript script, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, script);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    // Scripts are trusted repository content (embedded resources), never user input.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "SQL text comes from embedded scripts or constants.")]
    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, string sql, SchemaScript? script)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (script is not null)
        {
            AddParameter(command, "name", script.Name);
            AddParameter(command, "sha256", script.Sha256);
        }

        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema script {Script} (sha256 {Sha256}) to {Kind}")]
    private static partial void LogScriptApplied(ILogger logger, string script, string sha256, DatabaseKind kind);
}
