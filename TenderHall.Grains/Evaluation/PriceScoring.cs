using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Evaluation;

/// <summary>Price points of comprehensive scoring: the benchmark methods of engineering tenders and the low-price method of government procurement.</summary>
public static class PriceScoring
{
    /// <summary>Fewest valid bids for which dropping the highest and lowest from the benchmark's mean is applied.</summary>
    public const int DropExtremesFrom = 5;

    /// <summary>
    /// The benchmark price: the mean of the valid bids (without the highest and the lowest when the method says so and at least
    /// <see cref="DropExtremesFrom"/> are valid) times the method's factor; under government procurement the lowest valid bid
    /// (MOF Order 87 Art 55: 低价优先法).
    /// </summary>
    public static decimal Benchmark(IReadOnlyList<decimal> validPrices, EvaluationMethod method, LegalRegime regime)
    {
        if (validPrices.Count == 0) throw new ArgumentException("A benchmark needs at least one valid bid.", nameof(validPrices));
        if (regime == LegalRegime.GovernmentProcurement) return validPrices.Min();
        var prices = validPrices.Order().ToList();
        if (method.DropExtremes && prices.Count >= DropExtremesFrom) prices = prices[1..^1];
        return ScoreMath.Round(prices.Average() * method.BenchmarkFactor);
    }

    /// <summary>
    /// The price points of <paramref name="price"/>: engineering deducts the method's points per percent above or below the
    /// benchmark from the full price weight (never below zero); government procurement gives benchmark / price × weight.
    /// </summary>
    public static decimal Score(decimal price, decimal benchmark, EvaluationMethod method, LegalRegime regime)
    {
        if (price <= 0 || benchmark <= 0) throw new ArgumentOutOfRangeException(nameof(price), "Prices and the benchmark are positive.");
        if (regime == LegalRegime.GovernmentProcurement) return ScoreMath.Round(benchmark / price * method.PriceWeight);
        var percent = (price - benchmark) / benchmark * 100m;
        var deduction = percent >= 0 ? percent * method.DeductionAbovePerPercent : -percent * method.DeductionBelowPerPercent;
        return ScoreMath.Round(Math.Max(0m, method.PriceWeight - deduction));
    }
}
