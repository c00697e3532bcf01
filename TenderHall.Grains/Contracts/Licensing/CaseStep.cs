namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One dated step of a case; steps with a document are issued as signed PDFs.</summary>
[GenerateSerializer, Alias("th.CaseStep")]
public sealed class CaseStep
{
    /// <summary>Position in the case, from 1.</summary>
    [Id(0)] public int Sequence { get; set; }

    /// <summary>What happened, e.g. <c>received</c>, <c>notice</c>, <c>accepted</c>, <c>deemed-accepted</c>, <c>clock-stopped</c>.</summary>
    [Id(1)] public string Kind { get; set; } = "";

    /// <summary>When.</summary>
    [Id(2)] public DateTimeOffset At { get; set; }

    /// <summary>What the step says (missing materials, reasons); never personal data.</summary>
    [Id(3)] public List<string> Lines { get; set; } = [];

    /// <summary>Whether the step is issued to the applicant as a signed document (receipt, notice, decision).</summary>
    [Id(4)] public bool Document { get; set; }
}
