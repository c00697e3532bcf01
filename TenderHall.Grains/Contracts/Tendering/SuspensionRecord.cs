namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A pause of the tender: why, by whom, from when to when.</summary>
[GenerateSerializer, Alias("th.SuspensionRecord")]
public sealed class SuspensionRecord
{
    /// <summary>Objection, complaint or supervisor.</summary>
    [Id(0)] public SuspensionReason Reason { get; set; }

    /// <summary>Who paused it.</summary>
    [Id(1)] public string By { get; set; } = "";

    /// <summary>Why, in words.</summary>
    [Id(2)] public string Note { get; set; } = "";

    /// <summary>When it began.</summary>
    [Id(3)] public DateTimeOffset From { get; set; }

    /// <summary>When it ended; null while paused.</summary>
    [Id(4)] public DateTimeOffset? Until { get; set; }

    /// <summary>The objection that caused it, if any.</summary>
    [Id(5)] public string? ObjectionId { get; set; }

    /// <summary>The complaint a supervisor ordered it for (BLR 62), if any.</summary>
    [Id(6)] public string? ComplaintId { get; set; }
}
