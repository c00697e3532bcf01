namespace TenderHall.Grains.Contracts.Experts;

/// <summary>One drawn expert in one seat (members first, backups that stepped in after them).</summary>
[GenerateSerializer, Alias("th.DrawSeat")]
public sealed record DrawSeat
{
    /// <summary>Seat label, e.g. <c>A01/2</c>; a backup that steps in takes the label of the seat it fills.</summary>
    [Id(0)] public string Seat { get; init; } = "";

    /// <summary>Specialty code.</summary>
    [Id(1)] public string Specialty { get; init; } = "";

    /// <summary>The expert's pseudonym in this draw's pool.</summary>
    [Id(2)] public string Pseudonym { get; init; } = "";

    /// <summary>The expert id.</summary>
    [Id(3)] public string ExpertId { get; init; } = "";

    /// <summary>The expert's name.</summary>
    [Id(4)] public string Name { get; init; } = "";

    /// <summary>Where the seat stands.</summary>
    [Id(5)] public SeatStatus Status { get; init; }

    /// <summary>When the answer is due.</summary>
    [Id(6)] public DateTimeOffset RespondBy { get; init; }

    /// <summary>When the expert answered or the seat was otherwise settled.</summary>
    [Id(7)] public DateTimeOffset? SettledAt { get; init; }

    /// <summary>SHA-256 of the signed declaration of no conflict of interest (text, expert, time).</summary>
    [Id(8)] public string? DeclarationSha256 { get; init; }

    /// <summary>0 for a drawn member; n for the n-th backup of the specialty, then on through its supplementary draw.</summary>
    [Id(9)] public int BackupRank { get; init; }

    /// <summary>True when the expert came from a supplementary draw, after the specialty's backups were used up.</summary>
    [Id(10)] public bool Supplementary { get; init; }
}
