namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>The public result of one department's ratings: counts per level, appeals upheld left out.</summary>
[GenerateSerializer, Alias("th.RatingTally")]
public sealed class RatingTally
{
    /// <summary>The department (the window in the per-window results; the officer in an officer's performance row).</summary>
    [Id(0)] public string DepartmentId { get; set; } = "";

    /// <summary>Ratings per level (every level present, zero included).</summary>
    [Id(1)] public Dictionary<RatingLevel, int> Counts { get; set; } = [];

    /// <summary>Ratings counted.</summary>
    [Id(2)] public int Total { get; set; }

    /// <summary>Share of ratings at Basic or better (满意率), 0 when there are none.</summary>
    [Id(3)] public decimal SatisfiedRate { get; set; }

    /// <summary>Ratings left out after an upheld appeal.</summary>
    [Id(4)] public int Excluded { get; set; }

    /// <summary>Case ratings counted (一事一评).</summary>
    [Id(5)] public int Cases { get; set; }

    /// <summary>Hall visit ratings counted (一次一评).</summary>
    [Id(6)] public int Visits { get; set; }
}
