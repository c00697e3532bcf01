using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Evaluation;

namespace TenderHall.Grains.Tests.Evaluation;

public sealed class EvaluationMethodRulesTests
{
    private static EvaluationMethod Comprehensive(decimal price = 40, decimal technical = 45, decimal commercial = 15) => new()
    {
        PriceWeight = price, TechnicalWeight = technical, CommercialWeight = commercial, Criteria = ["营业执照有效", "投标保证金已缴纳"],
    };

    [Theory]
    [InlineData(LegalRegime.Engineering, ProjectType.Works, 10, null)]
    [InlineData(LegalRegime.GovernmentProcurement, ProjectType.Goods, 30, null)]
    [InlineData(LegalRegime.GovernmentProcurement, ProjectType.Goods, 29, "GP-PRICE-WEIGHT")]
    [InlineData(LegalRegime.GovernmentProcurement, ProjectType.Services, 10, null)]
    [InlineData(LegalRegime.GovernmentProcurement, ProjectType.Services, 9, "GP-PRICE-WEIGHT")]
    public void Procurement_price_weight_bands_hold_for_goods_and_services(LegalRegime regime, ProjectType type, decimal price, string? refusal)
    {
        var method = Comprehensive(price, 90 - price, 10);
        var error = Record.Exception(() => EvaluationMethodRules.Validate(method, regime, type));
        Assert.Equal(refusal, (error as RuleViolationException)?.Rule);
    }

    [Fact]
    public void Weights_must_total_one_hundred_and_criteria_are_required()
    {
        Assert.Equal("EVAL-METHOD", Assert.Throws<RuleViolationException>(() => EvaluationMethodRules.Validate(Comprehensive(40, 40, 15), LegalRegime.Engineering, ProjectType.Works)).Rule);
        var noCriteria = Comprehensive();
        noCriteria.Criteria = [];
        Assert.Equal("EVAL-METHOD", Assert.Throws<RuleViolationException>(() => EvaluationMethodRules.Validate(noCriteria, LegalRegime.Engineering, ProjectType.Works)).Rule);
    }

    [Fact]
    public void Procurement_takes_no_benchmark_parameters_and_lowest_price_takes_no_weights()
    {
        var benchmark = Comprehensive(40, 45, 15);
        benchmark.BenchmarkFactor = 0.95m;
        Assert.Equal("EVAL-METHOD", Assert.Throws<RuleViolationException>(() => EvaluationMethodRules.Validate(benchmark, LegalRegime.GovernmentProcurement, ProjectType.Goods)).Rule);
        EvaluationMethodRules.Validate(benchmark, LegalRegime.Engineering, ProjectType.Works);
        var lowest = Comprehensive();
        lowest.Kind = EvaluationMethodKind.LowestEvaluatedPrice;
        Assert.Equal("EVAL-METHOD", Assert.Throws<RuleViolationException>(() => EvaluationMethodRules.Validate(lowest, LegalRegime.Engineering, ProjectType.Works)).Rule);
        (lowest.PriceWeight, lowest.TechnicalWeight, lowest.CommercialWeight) = (0, 0, 0);
        EvaluationMethodRules.Validate(lowest, LegalRegime.Engineering, ProjectType.Works);
    }

    [Fact]
    public void The_method_hash_is_canonical_and_changes_with_any_parameter()
    {
        var a = Comprehensive();
        var b = Comprehensive(40.00m, 45.0m, 15m);
        Assert.Equal(EvaluationMethodRules.Sha256(a), EvaluationMethodRules.Sha256(b));
        b.DeductionBelowPerPercent = 0.5m;
        Assert.NotEqual(EvaluationMethodRules.Sha256(a), EvaluationMethodRules.Sha256(b));
    }
}
