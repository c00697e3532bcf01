using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Evaluation;

namespace TenderHall.Grains.Tests.Evaluation;

public sealed class ScoringTests
{
    private static EvaluationMethod Method(decimal factor = 1m, bool drop = false, decimal above = 1m, decimal below = 0.5m) => new()
    {
        PriceWeight = 40, TechnicalWeight = 45, CommercialWeight = 15, BenchmarkFactor = factor, DropExtremes = drop,
        DeductionAbovePerPercent = above, DeductionBelowPerPercent = below, Criteria = ["资格"],
    };

    [Theory]
    // mean of every valid bid
    [InlineData("100,110,120", 1.00, false, 110.00)]
    // times the factor, rounded to the fen
    [InlineData("100,110,120", 0.97, false, 106.70)]
    // extremes dropped only from five valid bids on
    [InlineData("100,110,120,130", 1.00, true, 115.00)]
    [InlineData("90,100,110,120,200", 1.00, true, 110.00)]
    [InlineData("90,100,110,120,200", 1.00, false, 124.00)]
    [InlineData("90,100,110,120,200", 0.95, true, 104.50)]
    public void Engineering_benchmark_is_the_mean_of_valid_bids_optionally_without_extremes_times_the_factor(string prices, decimal factor, bool drop, decimal expected) =>
        Assert.Equal(expected, PriceScoring.Benchmark(Prices(prices), Method(factor, drop), LegalRegime.Engineering));

    [Fact]
    public void Procurement_benchmark_is_the_lowest_valid_bid() =>
        Assert.Equal(90m, PriceScoring.Benchmark(Prices("120,90,100"), Method(0.9m, true), LegalRegime.GovernmentProcurement));

    [Theory]
    // at the benchmark: the full price weight
    [InlineData(100, 100, 40.00)]
    // 5 % above: 1 point per percent
    [InlineData(105, 100, 35.00)]
    // 10 % below: 0.5 point per percent
    [InlineData(90, 100, 35.00)]
    // 3.33 % above
    [InlineData(103.33, 100, 36.67)]
    // far above: never below zero
    [InlineData(150, 100, 0.00)]
    public void Engineering_price_points_deduct_per_percent_above_or_below_the_benchmark(decimal price, decimal benchmark, decimal expected) =>
        Assert.Equal(expected, PriceScoring.Score(price, benchmark, Method(), LegalRegime.Engineering));

    [Theory]
    [InlineData(90, 90, 40.00)]
    [InlineData(120, 90, 30.00)]
    [InlineData(110, 90, 32.73)]
    public void Procurement_price_points_are_benchmark_over_price_times_the_weight(decimal price, decimal benchmark, decimal expected) =>
        Assert.Equal(expected, PriceScoring.Score(price, benchmark, Method(), LegalRegime.GovernmentProcurement));

    [Theory]
    // five members: plain mean
    [InlineData("80,82,84,86,88", 84.00)]
    // rounded half away from zero
    [InlineData("80,81,81,81,81", 80.80)]
    [InlineData("70,71,71", 70.67)]
    // seven members: the highest and the lowest are dropped
    [InlineData("10,80,82,84,86,88,99", 84.00)]
    [InlineData("80,80,80,80,80,80,80", 80.00)]
    // nine members: still one of each
    [InlineData("0,70,70,70,70,70,70,70,100", 70.00)]
    public void Members_scores_aggregate_by_mean_dropping_highest_and_lowest_from_seven_members(string scores, decimal expected) =>
        Assert.Equal(expected, ScoreAggregation.Mean(Prices(scores)));

    private static List<decimal> Prices(string list) => [.. list.Split(',').Select(p => decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
}
