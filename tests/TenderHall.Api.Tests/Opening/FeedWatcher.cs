using System.Threading.Channels;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Tests.Opening;

/// <summary>A SignalR client of one instance's opening hub, watching one tender and keeping what arrives in order.</summary>
internal sealed class FeedWatcher : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly Channel<OpeningFeedEvent> arrivals = Channel.CreateUnbounded<OpeningFeedEvent>();

    private FeedWatcher(HubConnection connection) => this.connection = connection;

    /// <summary>Events read so far, in the order they arrived.</summary>
    public List<OpeningFeedEvent> Seen { get; } = [];

    /// <summary>Connects to the hub of <paramref name="instance"/> and watches <paramref name="tenderId"/>.</summary>
    public static async Task<FeedWatcher> Watch(PlatformFactory instance, string tenderId)
    {
        // An instance on Kestrel (the browser tests') is reached over its socket; a test server through its in-memory handler.
        var server = instance.Services.GetRequiredService<IServer>() as TestServer;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server?.BaseAddress ?? instance.ClientOptions.BaseAddress, OpeningHub.Path), options =>
            {
                if (server is not null) options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        var watcher = new FeedWatcher(connection);
        connection.On<OpeningFeedEvent>(OpeningHub.Method, e => watcher.arrivals.Writer.TryWrite(e));
        await connection.StartAsync();
        await connection.InvokeAsync(nameof(OpeningHub.Watch), tenderId);
        return watcher;
    }

    /// <summary>Reads events until one of <paramref name="type"/> arrives and returns it; fails after <paramref name="seconds"/>.</summary>
    public async Task<OpeningFeedEvent> Until(string type, int seconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            while (true)
            {
                var next = await arrivals.Reader.ReadAsync(timeout.Token);
                Seen.Add(next);
                if (next.Type == type) return next;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No {type} within {seconds} s; the feed carried: {string.Join(", ", Seen.Select(e => e.Type))}");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
