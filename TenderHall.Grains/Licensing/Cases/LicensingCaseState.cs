using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>Stored state of <see cref="LicensingCaseGrain"/> (System.Text.Json).</summary>
public sealed class LicensingCaseState
{
    /// <summary>The item as published when the application came in; null until applied.</summary>
    public LicensingItem? Item { get; set; }

    /// <summary>The application.</summary>
    public CaseApplication Application { get; set; } = new();

    /// <summary>The window that receives and delivers; empty for the deciding department's own (cases before composite windows).</summary>
    public string WindowId { get; set; } = "";

    /// <summary>Joint cases: the departments' sub-cases, in the order opened.</summary>
    public List<SubCase> SubCases { get; set; } = [];

    /// <summary>The user who applied.</summary>
    public string AppliedBy { get; set; } = "";

    /// <summary>The window officer who accepted it; empty for a deemed acceptance (ALL 32) or a case accepted before officers were kept.</summary>
    public string AcceptedBy { get; set; } = "";

    /// <summary>Who decided it: the chief representative, or the window officer who did not accept it (ALL 32); empty for a joint case.</summary>
    public string DecidedBy { get; set; } = "";

    /// <summary>The window officer who delivered the certificate (ALL 26, 44).</summary>
    public string DeliveredBy { get; set; } = "";

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; set; } = CaseStatus.Received;

    /// <summary>Where a stopped clock returns.</summary>
    public CaseStatus ResumeTo { get; set; } = CaseStatus.Accepted;

    /// <summary>The clocks (stored as shown).</summary>
    public CaseClocks Clocks { get; set; } = new();

    /// <summary>The clock stops, oldest first.</summary>
    public List<ClockStop> Stops { get; set; } = [];

    /// <summary>Whether the one-time notice was issued.</summary>
    public bool NoticeIssued { get; set; }

    /// <summary>Whether the prompt before the limit went to the department.</summary>
    public bool PromptSent { get; set; }

    /// <summary>Whether the overdue decision was alarmed.</summary>
    public bool DecisionAlarmed { get; set; }

    /// <summary>Whether the overdue certificate was alarmed.</summary>
    public bool CertificateAlarmed { get; set; }

    /// <summary>The gate's verdict, when the application passed it.</summary>
    public GateVerdict? Gate { get; set; }

    /// <summary>The steps, oldest first.</summary>
    public List<CaseStep> Steps { get; set; } = [];

    /// <summary>Notices, alarms and desk entries of the steps, written with them and delivered after (<see cref="CaseOutbox"/>).</summary>
    public CaseOutbox Outbox { get; set; } = new();
}
