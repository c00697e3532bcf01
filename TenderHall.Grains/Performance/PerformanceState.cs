using TenderHall.Grains.Contracts.Performance;

namespace TenderHall.Grains.Performance;

/// <summary>Stored state of a department's performance projection: the latest facts of each case, by case number, and of each rating, by rating id.</summary>
public sealed class PerformanceState
{
    /// <summary>The facts, by case number.</summary>
    public Dictionary<string, CaseFact> Cases { get; set; } = [];

    /// <summary>The ratings of the department's service, by rating id, for the officer figures.</summary>
    public Dictionary<string, RatingFact> Ratings { get; set; } = [];

    /// <summary>Whether the department is in the index of departments with cases.</summary>
    public bool Indexed { get; set; }
}
