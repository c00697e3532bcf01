namespace TenderHall.Grains.Contracts.Projects;

/// <summary>How bidders are found (BL 10).</summary>
public enum ProcurementMethod
{
    /// <summary>公开招标: open tendering by public announcement.</summary>
    Open = 1,

    /// <summary>邀请招标: invited tendering, only where the approved scheme allows it (BLR 8).</summary>
    Invited = 2,
}
