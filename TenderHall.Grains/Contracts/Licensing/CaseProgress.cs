namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>The public progress of a case by its number (ALL 40 publicity; PIPL: no applicant, subject or reasons).</summary>
[GenerateSerializer, Alias("th.CaseProgress")]
public sealed class CaseProgress
{
    /// <summary>The case number.</summary>
    [Id(0)] public string CaseNumber { get; set; } = "";

    /// <summary>The item's code.</summary>
    [Id(1)] public string ItemCode { get; set; } = "";

    /// <summary>The item's name.</summary>
    [Id(2)] public string ItemName { get; set; } = "";

    /// <summary>The deciding department.</summary>
    [Id(3)] public string DepartmentId { get; set; } = "";

    /// <summary>Where the case stands.</summary>
    [Id(4)] public CaseStatus Status { get; set; }

    /// <summary>When the decision is due, if the clock runs.</summary>
    [Id(5)] public DateTimeOffset? DecisionDue { get; set; }

    /// <summary>The steps by kind and date only.</summary>
    [Id(6)] public List<CaseProgressStep> Steps { get; set; } = [];
}
