using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Tests.Registry;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100-2015 example of an enterprise code
    [InlineData("91110000600037341L")]
    [InlineData("11100000000013127D")]
    public void Published_codes_pass(string code) => CreditCode.Validate(code);

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100I000100Y43", "'I'")]
    [InlineData("91A50100M000100Y43", "division")]
    [InlineData(null, "18 characters")]
    public void Malformed_codes_are_refused_with_the_reason(string? code, string reason)
    {
        var error = Assert.Throws<RuleViolationException>(() => CreditCode.Validate(code));
        Assert.Equal("DIR-CREDIT-CODE", error.Rule);
        Assert.Contains(reason, error.Args["detail"]);
    }

    [Fact]
    public void Every_single_character_change_is_caught()
    {
        const string valid = "91350100M000100Y43";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < valid.Length; i++)
            foreach (var c in alphabet.Where(c => c != valid[i]))
            {
                var changed = valid[..i] + c + valid[(i + 1)..];
                Assert.Throws<RuleViolationException>(() => CreditCode.Validate(changed));
            }
    }
}
