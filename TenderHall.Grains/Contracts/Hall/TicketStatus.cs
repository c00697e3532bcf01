namespace TenderHall.Grains.Contracts.Hall;

/// <summary>Where a queue ticket stands.</summary>
public enum TicketStatus
{
    /// <summary>Taken; waiting to be called.</summary>
    Waiting = 1,

    /// <summary>Called to a counter (shown on the board); it may be recalled.</summary>
    Called = 2,

    /// <summary>Served at the window: the visit may be rated once (一次一评).</summary>
    Served = 3,

    /// <summary>Called and did not come.</summary>
    NoShow = 4,
}
