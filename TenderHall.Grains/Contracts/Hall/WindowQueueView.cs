namespace TenderHall.Grains.Contracts.Hall;

/// <summary>A window's queue of one day as the board shows it: numbers being called and how many wait; no personal data.</summary>
[GenerateSerializer, Alias("th.WindowQueueView")]
public sealed class WindowQueueView
{
    /// <summary>The window (the organisation whose window it is).</summary>
    [Id(0)] public string WindowId { get; set; } = "";

    /// <summary>The Beijing day.</summary>
    [Id(1)] public DateOnly Date { get; set; }

    /// <summary>Tickets now called, the latest call first.</summary>
    [Id(2)] public List<QueueTicket> Calling { get; set; } = [];

    /// <summary>Regular tickets waiting.</summary>
    [Id(3)] public int WaitingRegular { get; set; }

    /// <summary>Fast-track tickets waiting (called first).</summary>
    [Id(4)] public int WaitingFastTrack { get; set; }

    /// <summary>Tickets served today.</summary>
    [Id(5)] public int Served { get; set; }

    /// <summary>Tickets called that did not come.</summary>
    [Id(6)] public int NoShows { get; set; }

    /// <summary>Officers' view only: every ticket of the day in order taken.</summary>
    [Id(7)] public List<QueueTicket> Tickets { get; set; } = [];
}
