namespace TenderHall.Grains.Experts;

/// <summary>
/// The centre's configurable rules for the expert database and the draw (<c>TenderHall:Experts</c>): unchecked local rules,
/// so they are settings, not code. The statutory ones (BL 37: eight years, senior title; ≥ 5 odd; ≥ 2/3) are not here.
/// </summary>
public sealed class ExpertPolicy
{
    /// <summary>Configuration section.</summary>
    public const string Section = "TenderHall:Experts";

    /// <summary>How many of the latest ratings the suspension rule looks at.</summary>
    public int RatingWindow { get; set; } = 6;

    /// <summary>An expert whose mean over the window falls below this is suspended.</summary>
    public double SuspendBelowMean { get; set; } = 2.5;

    /// <summary>Absences (an attendance rating of 1) within a year that suspend an expert.</summary>
    public int SuspendAfterAbsences { get; set; } = 2;

    /// <summary>How long a suspension by ratings lasts.</summary>
    public int SuspensionDays { get; set; } = 180;

    /// <summary>Years back an employment at a bidder or the tenderee recuses an expert.</summary>
    public int EmploymentLookbackYears { get; set; } = 3;

    /// <summary>Years back a penalty recuses an expert (评标委员会和评标方法暂行规定 Art 12).</summary>
    public int PenaltyLookbackYears { get; set; } = 3;

    /// <summary>Days over which draws for one agency are counted.</summary>
    public int RecentDrawDays { get; set; } = 90;

    /// <summary>Draws for one agency within <see cref="RecentDrawDays"/> after which an expert is not drawn for it again.</summary>
    public int MaxDrawsPerAgency { get; set; } = 3;

    /// <summary>Minutes after the seed's log anchor within which the supervisor must reveal the contribution.</summary>
    public int RevealMinutes { get; set; } = 30;

    /// <summary>Minutes a drawn expert has to confirm or decline.</summary>
    public int ConfirmMinutes { get; set; } = 60;
}
