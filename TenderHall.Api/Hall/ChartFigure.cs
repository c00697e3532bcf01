namespace TenderHall.Api.Hall;

/// <summary>The figure a performance chart shows.</summary>
public enum ChartFigure
{
    /// <summary>Share of decided cases decided within the limit.</summary>
    OnTimeRate = 1,

    /// <summary>Share of immediate cases finished the day received.</summary>
    OnTheSpotRate = 2,

    /// <summary>Cases decided late or open past the limit.</summary>
    Overdue = 3,

    /// <summary>Average working days from acceptance to decision.</summary>
    AverageHandlingWorkingDays = 4,

    /// <summary>Share of ratings at Basic or better (per department, or per officer of one department).</summary>
    SatisfiedRate = 5,
}

/// <summary>What a performance chart's bars stand for.</summary>
public enum ChartUnit
{
    /// <summary>One bar per department.</summary>
    Department = 1,

    /// <summary>One bar per receiving window of one department.</summary>
    Window = 2,

    /// <summary>One bar per accepting officer of one department.</summary>
    Officer = 3,
}
