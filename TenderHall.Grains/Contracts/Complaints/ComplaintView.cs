using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>One complaint (投诉) with every deadline of its case; the complainant and supervisors see it, nobody else.</summary>
[GenerateSerializer, Alias("th.ComplaintView")]
public sealed class ComplaintView
{
    /// <summary>The complaint id.</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>What was filed.</summary>
    [Id(1)] public ComplaintFiling Filing { get; set; } = new();

    /// <summary>The complainant's organization id.</summary>
    [Id(2)] public string ComplainantId { get; set; } = "";

    /// <summary>Engineering (BLR 60–62) or government procurement (GPL 55–57).</summary>
    [Id(3)] public LegalRegime Regime { get; set; }

    /// <summary>Status.</summary>
    [Id(4)] public ComplaintStatus Status { get; set; }

    /// <summary>When it was received.</summary>
    [Id(5)] public DateTimeOffset FiledAt { get; set; }

    /// <summary>Accepted or rejected by (BLR 61: 3 working days); null where the law sets none (GPL 56).</summary>
    [Id(6)] public DateTimeOffset? AcceptanceDue { get; set; }

    /// <summary>When accepted or rejected.</summary>
    [Id(7)] public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Decided in writing by (BLR 61: 30 working days from acceptance; GPL 56: 30 working days from receipt).</summary>
    [Id(8)] public DateTimeOffset? DecisionDue { get; set; }

    /// <summary>When decided.</summary>
    [Id(9)] public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The decision.</summary>
    [Id(10)] public ComplaintOutcome? Outcome { get; set; }

    /// <summary>The supervisor's reasons (rejection or decision).</summary>
    [Id(11)] public string? Note { get; set; }

    /// <summary>Whether the supervisor suspended the tender for this complaint (BLR 62).</summary>
    [Id(12)] public bool TenderSuspended { get; set; }
}
