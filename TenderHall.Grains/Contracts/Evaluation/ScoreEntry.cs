namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>One member's score of one bid: technical and commercial points, or the price adjustment (lowest evaluated price).</summary>
[GenerateSerializer, Alias("th.ScoreEntry")]
public sealed class ScoreEntry
{
    /// <summary>The bidder.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>Technical points, 0 to the method's technical weight.</summary>
    [Id(1)] public decimal Technical { get; set; }

    /// <summary>Commercial points, 0 to the method's commercial weight.</summary>
    [Id(2)] public decimal Commercial { get; set; }

    /// <summary>Lowest evaluated price: the quantified deviations in CNY added to the bid price.</summary>
    [Id(3)] public decimal Adjustment { get; set; }
}
