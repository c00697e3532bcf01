namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>The dates and limits of a case; every limit an exclusive instant (24:00 Beijing of its last day).</summary>
[GenerateSerializer, Alias("th.CaseClocks")]
public sealed class CaseClocks
{
    /// <summary>When the materials were received.</summary>
    [Id(0)] public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Until when a one-time notice may be issued (ALL 32: 5 working days); null once the case moved on.</summary>
    [Id(1)] public DateTimeOffset? NoticeDue { get; set; }

    /// <summary>When the case was accepted; for a deemed acceptance, the receipt (ALL 32).</summary>
    [Id(2)] public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Whether acceptance was deemed because no notice came within 5 working days (ALL 32).</summary>
    [Id(3)] public bool DeemedAccepted { get; set; }

    /// <summary>Promised limit in working days, extension included (ALL 42).</summary>
    [Id(4)] public int LimitWorkingDays { get; set; }

    /// <summary>Whether the one extension (+10, ALL 42) was granted.</summary>
    [Id(5)] public bool Extended { get; set; }

    /// <summary>Working days the clock stood still so far (ALL 45).</summary>
    [Id(6)] public int StoppedWorkingDays { get; set; }

    /// <summary>When the decision is due; null while the clock is stopped or once decided.</summary>
    [Id(7)] public DateTimeOffset? DecisionDue { get; set; }

    /// <summary>When the decision was made.</summary>
    [Id(8)] public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When the certificate is due (ALL 44: 10 working days after the decision).</summary>
    [Id(9)] public DateTimeOffset? CertificateDue { get; set; }

    /// <summary>Whether an immediate case was decided on the day it was received (on-the-spot completion).</summary>
    [Id(10)] public bool? OnTheSpot { get; set; }

    /// <summary>Whether the decision came after its limit.</summary>
    [Id(11)] public bool Overdue { get; set; }
}
