namespace TenderHall.Grains.Evaluation;

/// <summary>How the members' scores of one bid become the committee's: the mean, without the highest and the lowest when seven or more scored.</summary>
public static class ScoreAggregation
{
    /// <summary>Committee size from which one highest and one lowest score are dropped before the mean.</summary>
    public const int DropFrom = 7;

    /// <summary>The committee's score from every member's score of one bid.</summary>
    public static decimal Mean(IReadOnlyList<decimal> scores)
    {
        if (scores.Count == 0) throw new ArgumentException("At least one member scores.", nameof(scores));
        var counted = scores.Order().ToList();
        if (counted.Count >= DropFrom) counted = counted[1..^1];
        return ScoreMath.Round(counted.Average());
    }
}
