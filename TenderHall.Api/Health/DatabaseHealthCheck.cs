using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using TenderHall.Api.Hosting;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Health;

/// <summary>Ready when the profile's database answers a query.</summary>
public sealed class DatabaseHealthCheck(PlatformOptions options) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using DbConnection connection = options.Profile == StorageProfile.Cluster
                ? new NpgsqlConnection(options.PostgresConnectionString)
                : new SqliteConnection(options.SqliteConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy(options.Profile == StorageProfile.Cluster ? "PostgreSQL answers" : "SQLite answers");
        }
        catch (DbException e)
        {
            return HealthCheckResult.Unhealthy("The database does not answer: " + e.Message);
        }
    }
}
