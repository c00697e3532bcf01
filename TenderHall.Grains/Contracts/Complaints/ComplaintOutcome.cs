namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>The written decision on a complaint (BLR 61; 工程建设项目招标投标活动投诉处理办法 Art 20).</summary>
public enum ComplaintOutcome
{
    /// <summary>Unfounded: dismissed; a suspension the complaint caused ends.</summary>
    Dismissed = 1,

    /// <summary>Upheld: the committee evaluates again.</summary>
    Reevaluate = 2,

    /// <summary>Upheld: the tender is re-tendered.</summary>
    Retender = 3,
}
