using TenderHall.Grains.Contracts.Gate;

namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A licensing case as its applicant and the department's officers see it.</summary>
[GenerateSerializer, Alias("th.CaseView")]
public sealed class CaseView
{
    /// <summary>The public case number (also the grain key).</summary>
    [Id(0)] public string CaseNumber { get; set; } = "";

    /// <summary>The item applied for, as published when the application came in.</summary>
    [Id(1)] public LicensingItem Item { get; set; } = new();

    /// <summary>The application.</summary>
    [Id(2)] public CaseApplication Application { get; set; } = new();

    /// <summary>Where the case stands.</summary>
    [Id(3)] public CaseStatus Status { get; set; }

    /// <summary>The user who applied.</summary>
    [Id(4)] public string AppliedBy { get; set; } = "";

    /// <summary>The clocks and dates of the case.</summary>
    [Id(5)] public CaseClocks Clocks { get; set; } = new();

    /// <summary>Every step, oldest first.</summary>
    [Id(6)] public List<CaseStep> Steps { get; set; } = [];

    /// <summary>The gate's verdict when the item needed the trade certificate for a government project; null otherwise.</summary>
    [Id(7)] public GateVerdict? Gate { get; set; }

    /// <summary>The window that receives and delivers: the composite window, or the deciding (first) department's.</summary>
    [Id(8)] public string WindowId { get; set; } = "";

    /// <summary>Joint cases: each department's part, in the order opened.</summary>
    [Id(9)] public List<SubCase> SubCases { get; set; } = [];
}
