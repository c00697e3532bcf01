using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// Checks the evaluation method a tender's documents fix before publication (BL 19, 40), and gives its canonical hash. The
/// government procurement rule set: the price weight of comprehensive scoring is at least 30 points for goods and 10 for
/// services (MOF Order 87 Art 55, unchecked) and the price points follow the low-price method, so no benchmark parameters apply.
/// </summary>
public static class EvaluationMethodRules
{
    /// <summary>Least price weight for goods under government procurement (MOF Order 87 Art 55).</summary>
    public const decimal GoodsPriceWeight = 30m;

    /// <summary>Least price weight for services under government procurement (MOF Order 87 Art 55).</summary>
    public const decimal ServicesPriceWeight = 10m;

    /// <summary>Throws the first rule <paramref name="method"/> breaks for a project of <paramref name="type"/> under <paramref name="regime"/>.</summary>
    public static void Validate(EvaluationMethod method, LegalRegime regime, ProjectType type)
    {
        if (!Enum.IsDefined(method.Kind)) throw Invalid("kind is comprehensive or lowest evaluated price");
        if (method.Criteria.Count is 0 or > 30 || method.Criteria.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > 200)
            || method.Criteria.Distinct(StringComparer.Ordinal).Count() != method.Criteria.Count)
            throw Invalid("1-30 distinct qualification and compliance criteria of 1-200 characters");
        var weights = new[] { method.PriceWeight, method.TechnicalWeight, method.CommercialWeight };
        if (method.Kind == EvaluationMethodKind.LowestEvaluatedPrice)
        {
            if (weights.Any(w => w != 0) || method.DropExtremes || method.BenchmarkFactor != 1m || method.DeductionAbovePerPercent != 0 || method.DeductionBelowPerPercent != 0)
                throw Invalid("the lowest evaluated price method takes no weights, benchmark or deductions");
            return;
        }

        if (weights.Any(w => w < 0) || weights.Sum() != 100m || method.PriceWeight == 0)
            throw Invalid("the price, technical and commercial weights are non-negative, the price weight positive, and they total 100");
        if (regime == LegalRegime.GovernmentProcurement)
        {
            if (method.DropExtremes || method.BenchmarkFactor != 1m || method.DeductionAbovePerPercent != 0 || method.DeductionBelowPerPercent != 0)
                throw Invalid("government procurement scores the price by the low-price method: no benchmark factor, dropped extremes or deductions");
            var least = type switch { ProjectType.Goods => GoodsPriceWeight, ProjectType.Services => ServicesPriceWeight, _ => 0m };
            if (method.PriceWeight < least)
                throw RuleViolationException.Of("GP-PRICE-WEIGHT", ("weight", Number(method.PriceWeight)), ("least", Number(least)), ("type", type.ToString()));
            return;
        }

        if (method.BenchmarkFactor is < 0.80m or > 1.20m) throw Invalid("the benchmark factor lies between 0.80 and 1.20");
        if (method.DeductionAbovePerPercent is < 0 or > 10 || method.DeductionBelowPerPercent is < 0 or > 10)
            throw Invalid("deductions are 0-10 points per percent");
    }

    /// <summary>Hex SHA-256 of the method's canonical text, logged with the announcement so the method cannot change unseen.</summary>
    public static string Sha256(EvaluationMethod method)
    {
        var text = new StringBuilder("TenderHall evaluation method v1\n");
        text.Append(method.Kind).Append('\n');
        foreach (var value in new[] { method.PriceWeight, method.TechnicalWeight, method.CommercialWeight, method.BenchmarkFactor,
                     method.DeductionAbovePerPercent, method.DeductionBelowPerPercent })
            text.Append(Number(value)).Append('\n');
        text.Append(method.DropExtremes ? "drop-extremes\n" : "keep-extremes\n");
        foreach (var criterion in method.Criteria) text.Append(criterion.Replace('\n', ' ')).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static RuleViolationException Invalid(string detail) => RuleViolationException.Of("EVAL-METHOD", ("detail", detail));
}
