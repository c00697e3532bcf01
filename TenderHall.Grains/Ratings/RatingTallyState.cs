using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Grains.Ratings;

/// <summary>Stored state of a department's tally: every rating counted, by id, and those left out.</summary>
public sealed class RatingTallyState
{
    /// <summary>Level of each rating counted.</summary>
    public Dictionary<string, RatingLevel> Ratings { get; set; } = [];

    /// <summary>Ratings left out after an upheld appeal.</summary>
    public HashSet<string> Excluded { get; set; } = [];
}
