using Microsoft.Extensions.Hosting;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class PostgresSiloTests
{
    [Fact]
    public async Task Grain_state_survives_a_silo_restart_on_postgresql()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);

        var first = await TestSilo.StartAsync(TestSilo.Options(database));
        await first.Grains().GetGrain<IStorageProbeGrain>("restart").SetValueAsync("sealed bid 42");
        await TestSilo.StopAsync(first);

        var second = await TestSilo.StartAsync(TestSilo.Options(database));
        var value = await second.Grains().GetGrain<IStorageProbeGrain>("restart").GetValueAsync();
        await TestSilo.StopAsync(second);

        Assert.Equal("sealed bid 42", value);
    }

    [Fact]
    public async Task Two_silos_started_together_on_postgresql_form_one_cluster_and_share_an_activation()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);

        // Started at once: both migrate the same empty database and join the same membership table.
        var hosts = await Task.WhenAll(
            TestSilo.StartAsync(TestSilo.Options(database)),
            TestSilo.StartAsync(TestSilo.Options(database)));
        try
        {
            await WaitUntilEachSeesActiveSilos(hosts, expected: 2);

            var fromFirst = hosts[0].Grains().GetGrain<IStorageProbeGrain>("shared");
            var fromSecond = hosts[1].Grains().GetGrain<IStorageProbeGrain>("shared");
            await fromFirst.SetValueAsync("written through the first silo");

            // One activation for the cluster: both silos route to the same place and see the same state.
            Assert.Equal(await fromFirst.GetSiloAsync(), await fromSecond.GetSiloAsync());
            Assert.Equal("written through the first silo", await fromSecond.GetValueAsync());
        }
        finally
        {
            await Task.WhenAll(hosts.Select(TestSilo.StopAsync));
        }
    }

    [Fact]
    public async Task Cluster_profile_without_a_postgres_connection_string_fails_fast()
    {
        var options = new PlatformOptions { Profile = StorageProfile.Cluster };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(options));

        Assert.Contains("PostgresConnectionString", error.Message, StringComparison.Ordinal);
    }

    private static async Task WaitUntilEachSeesActiveSilos(IHost[] hosts, int expected)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var host in hosts)
        {
            var management = host.Grains().GetGrain<IManagementGrain>(0);
            while ((await management.GetHosts(onlyActive: true)).Count != expected)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
        }
    }
}
