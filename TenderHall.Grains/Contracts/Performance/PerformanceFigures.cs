using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Grains.Contracts.Performance;

/// <summary>The figures of a department, window or officer over the cases accepted in a period.</summary>
[GenerateSerializer, Alias("th.PerformanceFigures")]
public sealed class PerformanceFigures
{
    /// <summary>Whose figures: the department, window or officer (empty officer: deemed acceptances).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Cases accepted.</summary>
    [Id(1)] public int Accepted { get; set; }

    /// <summary>Cases decided.</summary>
    [Id(2)] public int Decided { get; set; }

    /// <summary>Decided within the limit.</summary>
    [Id(3)] public int OnTime { get; set; }

    /// <summary>Share of decided cases decided within the limit (按时办结率); 0 when none was decided.</summary>
    [Id(4)] public decimal OnTimeRate { get; set; }

    /// <summary>Immediate cases decided.</summary>
    [Id(5)] public int ImmediateDecided { get; set; }

    /// <summary>Immediate cases decided on the day received.</summary>
    [Id(6)] public int OnTheSpot { get; set; }

    /// <summary>Share of decided immediate cases finished the same day (现场办结率); 0 when none.</summary>
    [Id(7)] public decimal OnTheSpotRate { get; set; }

    /// <summary>Cases decided late or still open past their limit.</summary>
    [Id(8)] public int Overdue { get; set; }

    /// <summary>Average working days from acceptance to decision of the decided cases; 0 when none.</summary>
    [Id(9)] public decimal AverageHandlingWorkingDays { get; set; }

    /// <summary>
    /// Officer rows only (never public): the ratings given in the period of the cases the officer decided (else delivered,
    /// else accepted) and of the visits they served, upheld appeals left out; null in department and window rows, whose
    /// results are the public ones (<see cref="DepartmentPerformance.Ratings"/>, <c>GET /api/v1/ratings/results</c>).
    /// </summary>
    [Id(10)] public RatingTally? Ratings { get; set; }
}
