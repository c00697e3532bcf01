using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using TenderHall.Api.Fees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Opening;

/// <summary>
/// Two API instances in the production shape of the cluster profile: both silos of one Orleans cluster (same service
/// and cluster id, membership in one fresh PostgreSQL database), one Redis, one platform clock. <see cref="B"/> hosts no
/// opening session, so whatever its watchers receive of a session was published by <see cref="A"/>.
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly string dataDirectory;

    private TwoInstances(TestDatabase database, string dataDirectory, ClusterInstance a, ClusterInstance b)
    {
        this.database = database;
        this.dataDirectory = dataDirectory;
        A = a;
        B = b;
    }

    /// <summary>The instance every request of a test goes to; it hosts the opening sessions.</summary>
    public ClusterInstance A { get; }

    /// <summary>The other instance, where watchers connect.</summary>
    public ClusterInstance B { get; }

    /// <summary>Starts A, then B, and returns once each silo knows both; <paramref name="backplane"/> false drops SignalR's Redis backplane on both.</summary>
    public static async Task<TwoInstances> Start(bool backplane)
    {
        var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        var dataDirectory = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));
        var settings = Settings(database.ConnectionString, dataDirectory);
        var clock = new FakeTimeProvider(PlatformFactory.Start);
        ClusterInstance? a = null, b = null;
        try
        {
            a = new ClusterInstance(settings) { DataDirectory = dataDirectory, KeepData = true, Clock = clock, Backplane = backplane };
            // A first: it migrates the schema that B then finds in place.
            _ = a.Server;
            b = new ClusterInstance(settings) { DataDirectory = dataDirectory, KeepData = true, Clock = clock, Backplane = backplane, HostsOpeningSessions = false };
            _ = b.Server;
            await OneCluster(a, b);
            return new TwoInstances(database, dataDirectory, a, b);
        }
        catch
        {
            if (b is not null) await b.DisposeAsync();
            if (a is not null) await a.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await database.DisposeAsync();
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }

    private static (string Key, string Value)[] Settings(string postgres, string dataDirectory)
    {
        var id = "two-instances-" + Guid.NewGuid().ToString("N")[..8];
        using var documentKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return
        [
            ("TenderHall:Profile", "Cluster"),
            ("TenderHall:PostgresConnectionString", postgres),
            ("TenderHall:RedisConnectionString", TestRedis.Address()),
            ("TenderHall:ServiceId", id),
            ("TenderHall:ClusterId", id),
            // Stands in for the OIDC authority: both instances accept (and the tests issue) tokens signed with it.
            ("TenderHall:Auth:TestAuthorityKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
            // The simulated bank of the shared data directory signs the document-fee callbacks.
            ("TenderHall:Fees:BankPublicKey", Convert.ToBase64String(SimulatedBankKey.LoadOrCreate(SimulatedBankKey.PathIn(dataDirectory)))),
            ("TenderHall:Transparency:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
            ("TenderHall:Documents:SigningKey", Convert.ToBase64String(documentKey.ExportParameters(true).D!)),
            // Every silo proves expert draws with the same ECVRF key.
            ("TenderHall:Experts:VrfKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
        ];
    }

    // Placement picks among the silos a silo's cluster manifest lists: until both list both, B could refuse to place a session.
    private static async Task OneCluster(params ClusterInstance[] instances)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var instance in instances)
        {
            await foreach (var manifest in instance.Services.GetRequiredService<IClusterManifestProvider>().Updates.WithCancellation(timeout.Token))
            {
                if (manifest.Silos.Count == instances.Length) break;
            }
        }
    }
}
