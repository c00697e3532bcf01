namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A backup stepping into a seat (BLR 46: replacement by the same method), in the order it happened.</summary>
[GenerateSerializer, Alias("th.DrawReplacement")]
public sealed record DrawReplacement
{
    /// <summary>The seat.</summary>
    [Id(0)] public string Seat { get; init; } = "";

    /// <summary>Pseudonym of the expert who left it.</summary>
    [Id(1)] public string Out { get; init; } = "";

    /// <summary>Pseudonym of who took it: the specialty's next backup, or once they are used up its supplementary draw.</summary>
    [Id(2)] public string In { get; init; } = "";

    /// <summary>Why the seat changed hands.</summary>
    [Id(3)] public SeatStatus Reason { get; init; }

    /// <summary>When.</summary>
    [Id(4)] public DateTimeOffset At { get; init; }

    /// <summary>True when the specialty's backups were used up and the newcomer came from its supplementary draw.</summary>
    [Id(5)] public bool Supplementary { get; init; }
}
