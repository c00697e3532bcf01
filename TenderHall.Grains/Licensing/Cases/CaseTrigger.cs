namespace TenderHall.Grains.Licensing.Cases;

/// <summary>What moves a licensing case.</summary>
public enum CaseTrigger
{
    /// <summary>The window accepts complete materials.</summary>
    Accept,

    /// <summary>No notice came within 5 working days: accepted from receipt (ALL 32).</summary>
    DeemAccepted,

    /// <summary>The one-time notice of everything missing.</summary>
    NotifyMissing,

    /// <summary>The applicant supplements the materials.</summary>
    Supplement,

    /// <summary>Outside the department's powers.</summary>
    RefuseOutsidePowers,

    /// <summary>Review opinion recorded.</summary>
    Review,

    /// <summary>Clock stopped (ALL 45).</summary>
    StopClock,

    /// <summary>Clock restarted.</summary>
    RestartClock,

    /// <summary>The one +10 extension (ALL 42).</summary>
    Extend,

    /// <summary>Granted.</summary>
    Approve,

    /// <summary>Refused by decision.</summary>
    Deny,

    /// <summary>Certificate issued (ALL 44).</summary>
    IssueCertificate,

    /// <summary>Joint case: the first window opens the departments' sub-cases (ALL 26).</summary>
    OpenSubCases,

    /// <summary>Composite window: forwarded to the deciding department (ALL 26).</summary>
    Forward,
}
