namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>Why a tender is paused.</summary>
public enum SuspensionReason
{
    /// <summary>An objection to the tender documents awaits the tenderee's answer (BLR 22).</summary>
    Objection = 1,

    /// <summary>A complaint is before the supervising department (BLR 62).</summary>
    Complaint = 2,

    /// <summary>A supervisor ordered a pause (BLR 62).</summary>
    Supervisor = 3,
}
