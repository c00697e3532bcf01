using TenderHall.Api.RateLimits;

namespace TenderHall.Api.Tests.RateLimits;

public sealed class RateLimitOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => new RateLimitOptions().Validate();

    [Theory]
    [InlineData(0, 60, "PasswordFailuresPerUserAndAddress:Limit")]
    [InlineData(5, 0, "PasswordFailuresPerUserAndAddress:Window")]
    [InlineData(5, 2 * 86_400, "PasswordFailuresPerUserAndAddress:Window")]
    public void A_limit_that_cannot_work_names_its_setting(int limit, int windowSeconds, string setting)
    {
        var options = new RateLimitOptions { PasswordFailuresPerUserAndAddress = new RateLimit { Limit = limit, Window = TimeSpan.FromSeconds(windowSeconds) } };
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("TenderHall:RateLimits:" + setting, error.Message);
    }
}
