namespace TenderHall.Grains.Contracts.Hall;

/// <summary>The lane of a queue ticket: the major-project fast-track lane (特事特办) is called before the regular one.</summary>
public enum QueueLane
{
    /// <summary>Regular visitors, called in the order they took their tickets (codes A001, A002, …).</summary>
    Regular = 1,

    /// <summary>Major-project fast-track (特事特办): items so flagged or projects the centre marked as major (codes V001, …).</summary>
    FastTrack = 2,
}
