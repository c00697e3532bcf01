using Orleans.Runtime;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Hosting;

/// <summary>
/// Runs the schema migration in the first silo lifecycle stage, before any ADO.NET provider (clustering,
/// storage, reminders) loads its queries from <c>OrleansQuery</c>.
/// </summary>
internal sealed class SchemaMigrationParticipant(SchemaMigrator migrator, DatabaseKind kind, string connectionString)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe<SchemaMigrationParticipant>(ServiceLifecycleStage.First, MigrateAsync);

    private async Task MigrateAsync(CancellationToken cancellationToken) =>
        await migrator.MigrateAsync(kind, connectionString, cancellationToken);
}
