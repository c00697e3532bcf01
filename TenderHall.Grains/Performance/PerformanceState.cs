using TenderHall.Grains.Contracts.Performance;

namespace TenderHall.Grains.Performance;

/// <summary>Stored state of a department's performance projection: the latest facts of each case, by case number.</summary>
public sealed class PerformanceState
{
    /// <summary>The facts, by case number.</summary>
    public Dictionary<string, CaseFact> Cases { get; set; } = [];

    /// <summary>Whether the department is in the index of departments with cases.</summary>
    public bool Indexed { get; set; }
}
