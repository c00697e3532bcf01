using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Providers;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Hosting;

/// <summary>Clustering, grain storage, reminders and streams of the silo for the configured storage profile.</summary>
internal static class SiloStorage
{
    // ADO.NET invariant names as Orleans 10.4 knows them. "System.Data.SQLite" is mapped to Microsoft.Data.Sqlite;
    // the name "Microsoft.Data.Sqlite" fails at silo start (KeyNotFoundException in DbConstantsStore).
    private const string SqliteInvariant = "System.Data.SQLite";
    private const string PostgresInvariant = "Npgsql";

    /// <summary>Configures the silo for <see cref="PlatformOptions.Profile"/> and migrates its schema before the providers start.</summary>
    public static ISiloBuilder Configure(ISiloBuilder silo, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);

        var (kind, invariant, connectionString) = options.Profile switch
        {
            StorageProfile.Embedded => (DatabaseKind.Sqlite, SqliteInvariant, SqliteConnectionStrings.WithPrivateCache(options.SqliteConnectionString)),
            StorageProfile.Cluster => (DatabaseKind.PostgreSql, PostgresInvariant, RequirePostgres(options)),
            _ => throw new InvalidOperationException($"{PlatformOptions.Section}:Profile '{options.Profile}' is not a known storage profile."),
        };

        if (options.Profile == StorageProfile.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        else
        {
            silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (options.ServiceId, options.ClusterId));
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (invariant, connectionString));
            silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: options.AdvertisedAddress is not null);
        }

        // One storage for everything: "Default" for grains that name no provider, "tenderhall" for ours,
        // "PubSubStore" for stream subscriptions.
        foreach (var name in new[] { ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, StorageNames.Default, ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME })
        {
            silo.AddAdoNetGrainStorage(name, o => (o.Invariant, o.ConnectionString) = (invariant, connectionString));
            TenderHall.Grains.Storage.PortableStorageFailures.Wrap(silo.Services, name);
        }

        // Rows hold readable JSON that survives refactors, not Newtonsoft payloads with $type names.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (invariant, connectionString));
        silo.AddMemoryStreams(StorageNames.Streams);
        silo.AddIncomingGrainCallFilter<TenderHall.Grains.Storage.WritePolicyFilter>();

        silo.Services.TryAddSingleton<SchemaMigrator>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new SchemaMigrationParticipant(sp.GetRequiredService<SchemaMigrator>(), kind, connectionString));
        return silo;
    }

    private static string RequirePostgres(PlatformOptions options) =>
        string.IsNullOrWhiteSpace(options.PostgresConnectionString)
            ? throw new InvalidOperationException(
                $"{PlatformOptions.Section}:PostgresConnectionString is required for the Cluster profile (clustering, grain state and reminders live in PostgreSQL). " +
                $"Set it, e.g. environment variable {PlatformOptions.Section}__PostgresConnectionString, or use the Embedded profile.")
            : options.PostgresConnectionString;

    private static IPAddress AdvertisedAddress(PlatformOptions options)
    {
        if (options.AdvertisedAddress is null)
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(options.AdvertisedAddress, out var address))
        {
            return address;
        }

        // A host name: advertise its first IPv4 address, since silos exchange addresses, not names.
        return Dns.GetHostAddresses(options.AdvertisedAddress).FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? throw new InvalidOperationException($"{PlatformOptions.Section}:AdvertisedAddress '{options.AdvertisedAddress}' has no IPv4 address.");
    }
}
