using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Grains.Contracts.Performance;

/// <summary>A department's performance over a period: overall, fast-track apart, per window and per officer, with its ratings.</summary>
[GenerateSerializer, Alias("th.DepartmentPerformance")]
public sealed class DepartmentPerformance
{
    /// <summary>The department.</summary>
    [Id(0)] public string DepartmentId { get; set; } = "";

    /// <summary>Every case of the period but the fast-track ones.</summary>
    [Id(1)] public PerformanceFigures Regular { get; set; } = new();

    /// <summary>The major-project fast-track cases (特事特办), apart.</summary>
    [Id(2)] public PerformanceFigures FastTrack { get; set; } = new();

    /// <summary>Per receiving window, every case.</summary>
    [Id(3)] public List<PerformanceFigures> Windows { get; set; } = [];

    /// <summary>Per accepting officer, every case.</summary>
    [Id(4)] public List<PerformanceFigures> Officers { get; set; } = [];

    /// <summary>The department's public rating results (cases and visits); null when filled by the caller.</summary>
    [Id(5)] public RatingTally? Ratings { get; set; }

    /// <summary>Every case the department has now, by status (the hall board's count).</summary>
    [Id(6)] public Dictionary<CaseStatus, int> ByStatus { get; set; } = [];

    /// <summary>Every case of the period, fast-track included.</summary>
    [Id(7)] public PerformanceFigures All { get; set; } = new();
}
