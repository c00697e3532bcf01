using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Tests.Projects;

public sealed class InvestmentProjectCodeTests
{
    [Theory]
    [InlineData("2026-460000-48-01-000123")]
    [InlineData("2017-110105-04-01-000001")]
    public void A_national_investment_project_code_is_valid(string code) => Assert.True(InvestmentProjectCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-460000-48-01-00012")]
    [InlineData("2026-460000-48-1-000123")]
    [InlineData("26-460000-48-01-000123")]
    [InlineData("2026-460000-48-01-00012X")]
    [InlineData("２０２６-460000-48-01-000123")]
    [InlineData("2026-460000-48-01-000123-")]
    [InlineData(" 2026-460000-48-01-000123")]
    [InlineData("2026/460000/48/01/000123")]
    public void Anything_else_is_refused_naming_the_field_and_the_format(string? code)
    {
        Assert.False(InvestmentProjectCode.IsValid(code));
        var refusal = Assert.Throws<RuleViolationException>(() => InvestmentProjectCode.Validate(code, "projectCode"));
        Assert.Equal("DIR-PROJECT-CODE", refusal.Rule);
        var text = RuleCatalogue.Describe(refusal.Rule, "en", refusal.Args);
        Assert.Contains("projectCode", text, StringComparison.Ordinal);
        Assert.Contains(InvestmentProjectCode.Format, text, StringComparison.Ordinal);
        Assert.Contains(InvestmentProjectCode.Format, RuleCatalogue.Describe(refusal.Rule, "zh", refusal.Args), StringComparison.Ordinal);
    }
}
