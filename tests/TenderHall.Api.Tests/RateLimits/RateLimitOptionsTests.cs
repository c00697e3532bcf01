using TenderHall.Api.RateLimits;

namespace TenderHall.Api.Tests.RateLimits;

public sealed class RateLimitOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => new RateLimitOptions().Validate();

    [Theory]
    [InlineData(0, 60, "PasswordFailuresPerUser:Limit")]
    [InlineData(5, 0, "PasswordFailuresPerUser:Window")]
    [InlineData(5, 2 * 86_400, "PasswordFailuresPerUser:Window")]
    public void A_limit_that_cannot_work_names_its_setting(int limit, int windowSeconds, string setting)
    {
        var options = new RateLimitOptions { PasswordFailuresPerUser = new RateLimit { Limit = limit, Window = TimeSpan.FromSeconds(windowSeconds) } };
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("TenderHall:RateLimits:" + setting, error.Message);
    }
}
