using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Tests.Experts;

public sealed class ExpertEntryRulesTests
{
    [Fact]
    public void Eight_years_and_a_senior_title_enter() => Assert.Null(ExpertEntryRules.Check(Eight()));

    private static Contracts.Registry.ExpertProfile Eight()
    {
        var expert = Experts.Valid();
        expert.YearsInField = 8;
        return expert;
    }

    [Theory]
    [InlineData(7, TitleLevel.Senior)]
    [InlineData(20, TitleLevel.Intermediate)]
    [InlineData(20, TitleLevel.Junior)]
    public void Fewer_than_eight_years_or_no_senior_level_is_refused_by_BL_37(int years, TitleLevel level)
    {
        var expert = Experts.Valid();
        (expert.YearsInField, expert.TitleLevel) = (years, level);
        Assert.Equal("EXPERT-ENTRY", ExpertEntryRules.Check(expert)?.Rule);
    }

    [Fact]
    public void An_equivalent_professional_level_counts_as_a_senior_title()
    {
        var expert = Experts.Valid();
        expert.TitleLevel = TitleLevel.Equivalent;
        Assert.Null(ExpertEntryRules.Check(expert));
    }

    [Fact]
    public void Unknown_specialties_bad_regions_and_bad_credit_codes_are_refused()
    {
        var unknown = Experts.Valid();
        unknown.Specialties = ["Z99"];
        var region = Experts.Valid();
        region.Region = "4601";
        var relative = Experts.Valid();
        relative.Relationships = [new DeclaredRelationship { CreditCode = "91350100M000100Y44" }];
        Assert.Equal("DIR-EXPERT", ExpertEntryRules.Check(unknown)?.Rule);
        Assert.Equal("DIR-EXPERT", ExpertEntryRules.Check(region)?.Rule);
        Assert.Equal("DIR-CREDIT-CODE", ExpertEntryRules.Check(relative)?.Rule);
    }
}
