namespace TenderHall.Grains.Contracts.Hall;

/// <summary>One queue ticket as the window's officers see it; the public sees only its code and status (no personal data is ever taken).</summary>
[GenerateSerializer, Alias("th.QueueTicket")]
public sealed class QueueTicket
{
    /// <summary>The ticket's code for the day: lane letter and number, e.g. <c>A007</c> or <c>V002</c>.</summary>
    [Id(0)] public string Code { get; set; } = "";

    /// <summary>Its lane.</summary>
    [Id(1)] public QueueLane Lane { get; set; }

    /// <summary>Where it stands.</summary>
    [Id(2)] public TicketStatus Status { get; set; }

    /// <summary>When it was taken.</summary>
    [Id(3)] public DateTimeOffset TakenAt { get; set; }

    /// <summary>The item the visitor came for, when chosen.</summary>
    [Id(4)] public string? ItemCode { get; set; }

    /// <summary>When it was last called (or recalled).</summary>
    [Id(5)] public DateTimeOffset? CalledAt { get; set; }

    /// <summary>The counter it was called to, e.g. <c>3</c>.</summary>
    [Id(6)] public string? Counter { get; set; }

    /// <summary>How many times it was recalled.</summary>
    [Id(7)] public int Recalls { get; set; }

    /// <summary>When it was served or marked absent.</summary>
    [Id(8)] public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The officer who called it, then who served it (officers' view only; a visit's rating is attributed to them).</summary>
    [Id(9)] public string? Officer { get; set; }

    /// <summary>Tickets waiting before this one (fast-track first), while it waits.</summary>
    [Id(10)] public int Ahead { get; set; }
}
