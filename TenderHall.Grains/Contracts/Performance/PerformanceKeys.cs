namespace TenderHall.Grains.Contracts.Performance;

/// <summary>Keys of the performance projection.</summary>
public static class PerformanceKeys
{
    /// <summary>The directory index of the departments that have cases or ratings.</summary>
    public const string Departments = "performance:departments";
}
