namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Where one department's part of a joint case stands.</summary>
public enum SubCaseStatus
{
    /// <summary>Opened at the department; its own limit runs.</summary>
    Open = 1,

    /// <summary>The department granted its part.</summary>
    Approved = 2,

    /// <summary>The department refused its part, with the reason.</summary>
    Denied = 3,
}
