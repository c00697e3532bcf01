using Microsoft.AspNetCore.SignalR;

namespace TenderHall.Api.Opening;

/// <summary>The live opening feed (不见面开标): anyone may watch a tender's session; only the platform speaks.</summary>
public sealed class OpeningHub : Hub
{
    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/opening";

    /// <summary>The client method that receives <see cref="Grains.Contracts.Opening.OpeningFeedEvent"/>s.</summary>
    public const string Method = "opening";

    /// <summary>Starts receiving the session of <paramref name="tenderId"/>.</summary>
    public Task Watch(string tenderId) => Groups.AddToGroupAsync(Context.ConnectionId, Group(tenderId));

    /// <summary>Stops receiving it.</summary>
    public Task Unwatch(string tenderId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(tenderId));

    /// <summary>The SignalR group of a tender's watchers.</summary>
    public static string Group(string tenderId) => "opening:" + tenderId;
}
