namespace TenderHall.Grains.Contracts.Gate;

/// <summary>The provincial government's approval that a project need not trade in the centre (listed publicly and logged).</summary>
[GenerateSerializer, Alias("th.GateExemption")]
public sealed class GateExemption
{
    /// <summary>The exempted project's national code (also the grain key).</summary>
    [Id(0)] public string ProjectCode { get; set; } = "";

    /// <summary>The approval document's number (批准文号).</summary>
    [Id(1)] public string ApprovalDocument { get; set; } = "";

    /// <summary>Why the project is exempted (e.g. secrecy, emergency relief).</summary>
    [Id(2)] public string Reason { get; set; } = "";

    /// <summary>When it was approved.</summary>
    [Id(3)] public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>The transparency-log entry of the approval; null until logged.</summary>
    [Id(4)] public long? LogIndex { get; set; }
}
