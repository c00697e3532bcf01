namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Where a licensing case stands (ALL 29-44).</summary>
public enum CaseStatus
{
    /// <summary>Materials received; the window judges whether to accept (ALL 32).</summary>
    Received = 1,

    /// <summary>The one-time notice of everything missing was issued; waiting for the applicant (ALL 32).</summary>
    AwaitingMaterials = 2,

    /// <summary>Not accepted: outside the department's powers, with the reason (ALL 32).</summary>
    NotAccepted = 3,

    /// <summary>Accepted: the promised time limit runs (ALL 32, 42).</summary>
    Accepted = 4,

    /// <summary>Reviewed by the window or the department; waiting for the chief representative's decision.</summary>
    Reviewed = 5,

    /// <summary>The clock is stopped for a hearing, testing or expert review, the applicant told in writing (ALL 45).</summary>
    ClockStopped = 6,

    /// <summary>Granted; the certificate is due within 10 working days (ALL 44).</summary>
    Approved = 7,

    /// <summary>Refused by decision, with the reason (ALL 38).</summary>
    Denied = 8,

    /// <summary>Granted and the certificate issued (ALL 44).</summary>
    Certified = 9,

    /// <summary>Joint case: the first window opened the departments' sub-cases, which run in parallel (ALL 26).</summary>
    JointReview = 10,

    /// <summary>Composite window: forwarded by the receiving window to the deciding department (ALL 26).</summary>
    Forwarded = 11,
}
