using System.Net;
using System.Net.Sockets;

namespace TenderHall.Api.Tests.Platform;

/// <summary>A second embedded instance on the same machine refuses to start on what the first one holds.</summary>
public sealed class InstanceGuardTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_data_directory_refuses_to_start_naming_it()
    {
        await using var first = new PlatformFactory();
        first.CreateClient().Dispose();
        await using var second = new PlatformFactory { DataDirectory = first.DataDirectory, KeepData = true };

        var refusal = Refusal(() => second.CreateClient().Dispose());

        Assert.Contains(Path.GetFullPath(first.DataDirectory), refusal);
        Assert.Contains("in use by another TenderHall instance", refusal);
    }

    [Theory]
    [InlineData("SiloPort", "silo")]
    [InlineData("GatewayPort", "gateway")]
    public async Task An_instance_whose_orleans_port_is_taken_refuses_to_start_naming_the_port(string setting, string name)
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var platform = new PortPlatform(setting, port);

        var refusal = Refusal(() => platform.CreateClient().Dispose());

        Assert.Contains($"Orleans {name} port {port} is taken", refusal);
        Assert.Contains($"TenderHall:{setting}", refusal);
    }

    [Fact]
    public async Task The_directory_is_free_again_once_the_instance_stops()
    {
        string directory;
        await using (var first = new PlatformFactory { KeepData = true })
        {
            first.CreateClient().Dispose();
            directory = first.DataDirectory;
        }

        await using var second = new PlatformFactory { DataDirectory = directory };
        using var client = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clock")).StatusCode);
    }

    // The message of the first InvalidOperationException in the chain the start-up failed with.
    private static string Refusal(Action start)
    {
        var failure = Assert.ThrowsAny<Exception>(start);
        for (Exception? e = failure; e is not null; e = e.InnerException)
            if (e is InvalidOperationException && e.Message.Contains("TenderHall:", StringComparison.Ordinal)) return e.Message;
        throw new Xunit.Sdk.XunitException("the start-up failed without naming what is taken: " + failure);
    }

    private sealed class PortPlatform(string setting, int port) : PlatformFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() => [($"TenderHall:{setting}", port.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }
}
