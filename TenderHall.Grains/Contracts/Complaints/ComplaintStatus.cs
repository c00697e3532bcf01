namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>Where a complaint stands (BLR 61, GPL 56).</summary>
public enum ComplaintStatus
{
    /// <summary>Received by the supervision department.</summary>
    Filed = 1,

    /// <summary>Accepted for handling (BLR 61: within 3 working days).</summary>
    Accepted = 2,

    /// <summary>Not accepted, with the reason.</summary>
    Rejected = 3,

    /// <summary>Decided in writing.</summary>
    Decided = 4,
}
