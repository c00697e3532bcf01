using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Grains.Ratings;

/// <summary>Stored state of a rating.</summary>
public sealed class RatingState
{
    /// <summary>The rating; null until given.</summary>
    public RatingView? View { get; set; }

    /// <summary>Who gave it (the case's applicant); never in a public result.</summary>
    public string RatedBy { get; set; } = "";

    /// <summary>The officer the rating is attributed to (who decided or delivered the case, who served the visit); never in a public result.</summary>
    public string Officer { get; set; } = "";

    /// <summary>What the department's tally has still to learn of this rating (written with the change, cleared once told).</summary>
    public TallyChange Pending { get; set; }
}

/// <summary>A change the tally has still to learn of.</summary>
public enum TallyChange
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>Count the rating.</summary>
    Count,

    /// <summary>Leave the rating out.</summary>
    Exclude,
}
