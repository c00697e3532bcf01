using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Tests.Opening;

[Collection(PlatformCollection.Name)]
public sealed class OpeningFeedTests(PlatformFactory platform)
{
    [Fact]
    public async Task Anyone_watching_sees_the_bidders_the_decryption_and_the_prices_live()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        var events = Channel.CreateUnbounded<OpeningFeedEvent>();
        await using var watcher = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Server.BaseAddress, "/hubs/opening"), options =>
            {
                options.HttpMessageHandlerFactory = _ => platform.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        watcher.On<OpeningFeedEvent>("opening", e => events.Writer.TryWrite(e));
        await watcher.StartAsync();
        await watcher.InvokeAsync("Watch", o.Tender.TenderId);

        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
        foreach (var custodian in o.Tender.Custodians.Keys.Take(2)) TenderScenario.Ok(await o.HandOver(platform, custodian));

        var seen = new List<OpeningFeedEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (seen.All(e => e.Type != "opening.record-published"))
            seen.Add(await events.Reader.ReadAsync(timeout.Token));

        Assert.Contains(seen, e => e.Type == "opening.share-received");
        var decrypted = seen.Where(e => e.Type == "opening.bid-decrypted").ToList();
        Assert.Equal(3, decrypted.Count);
        Assert.Equal(o.Bidders.Select(b => b.Id).Order(), decrypted.Select(e => e.Data["bidder"]).Order());
        Assert.All(decrypted, e => Assert.False(string.IsNullOrEmpty(e.Data["price"])));
    }
}
