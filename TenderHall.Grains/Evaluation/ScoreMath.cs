namespace TenderHall.Grains.Evaluation;

/// <summary>How every published figure is rounded: two decimals, halves away from zero (the way scores are written by hand).</summary>
public static class ScoreMath
{
    /// <summary><paramref name="value"/> to two decimals.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
