namespace TenderHall.Grains.Ratings;

/// <summary>
/// The <c>TenderHall:Ratings</c> section: the centre's own rules that 国办发〔2019〕51号 leaves to local rules (the
/// rectification limit of a bad rating, e.g. 15 working days in Sichuan).
/// </summary>
public sealed class RatingPolicy
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Ratings";

    /// <summary>Working days a department has to follow a bad rating up, from the day after it was given.</summary>
    public int RectificationWorkingDays { get; set; } = 15;
}
