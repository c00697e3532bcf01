namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One department's part of a joint case (联办件), opened in parallel by the first window with its own limit (ALL 26, 42).</summary>
[GenerateSerializer, Alias("th.SubCase")]
public sealed class SubCase
{
    /// <summary>The department deciding this part.</summary>
    [Id(0)] public string DepartmentId { get; set; } = "";

    /// <summary>Its own limit in working days from the acceptance.</summary>
    [Id(1)] public int LimitWorkingDays { get; set; }

    /// <summary>When its limit ends (exclusive).</summary>
    [Id(2)] public DateTimeOffset Due { get; set; }

    /// <summary>Where it stands.</summary>
    [Id(3)] public SubCaseStatus Status { get; set; } = SubCaseStatus.Open;

    /// <summary>The department's opinion or reason.</summary>
    [Id(4)] public string? Opinion { get; set; }

    /// <summary>When the department decided.</summary>
    [Id(5)] public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Whether it passed its limit undecided and went to the centre's coordination.</summary>
    [Id(6)] public bool Escalated { get; set; }

    /// <summary>The minutes of the centre's joint coordination meeting, once held.</summary>
    [Id(7)] public string? Minutes { get; set; }
}
