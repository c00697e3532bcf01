using TenderHall.Grains.Contracts.Hall;

namespace TenderHall.Grains.Hall;

/// <summary>Stored state of one window's queue of one day.</summary>
public sealed class WindowQueueState
{
    /// <summary>The tickets in the order taken.</summary>
    public List<QueueTicket> Tickets { get; set; } = [];

    /// <summary>SHA-256 (hex) of each ticket's rating code, by ticket code.</summary>
    public Dictionary<string, string> SecretHashes { get; set; } = [];

    /// <summary>Whether the window is in the day's board index.</summary>
    public bool OnBoard { get; set; }
}
