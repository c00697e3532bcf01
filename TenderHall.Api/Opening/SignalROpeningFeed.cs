using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Api.Opening;

/// <summary>Sends opening events to the tender's SignalR group; with Redis configured, every API instance's watchers get them.</summary>
public sealed partial class SignalROpeningFeed(IHubContext<OpeningHub> hub, ILogger<SignalROpeningFeed> logger) : IOpeningFeed
{
    /// <inheritdoc />
    public async Task Publish(OpeningFeedEvent feedEvent)
    {
        try
        {
            await hub.Clients.Group(OpeningHub.Group(feedEvent.TenderId)).SendAsync(OpeningHub.Method, feedEvent);
        }
        catch (Exception e) when (e is RedisException or IOException or TimeoutException)
        {
            // The log holds every event; a watcher who missed one reads it there.
            LogFeedDown(logger, e, feedEvent.TenderId, feedEvent.Type);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live opening feed could not send {Type} of tender {TenderId}")]
    private static partial void LogFeedDown(ILogger logger, Exception exception, string tenderId, string type);
}
