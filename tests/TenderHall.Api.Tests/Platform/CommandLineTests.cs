using Microsoft.Extensions.Configuration;
using TenderHall.Api.Hosting;

namespace TenderHall.Api.Tests.Platform;

public sealed class CommandLineTests
{
    [Fact]
    public void The_demo_flag_does_not_swallow_the_option_after_it()
    {
        string[] args = ["--demo", "--urls", "http://localhost:5187", "--TenderHall:Profile=Embedded"];

        var configuration = new ConfigurationBuilder().AddCommandLine(PlatformOptionsExtensions.ConfigurationArguments(args)).Build();

        Assert.Equal("http://localhost:5187", configuration["urls"]);
        Assert.Equal("Embedded", configuration["TenderHall:Profile"]);
        Assert.Null(configuration["demo"]);
        // Read raw, the flag would have taken the port for its value.
        Assert.Equal("--urls", new ConfigurationBuilder().AddCommandLine(args).Build()["demo"]);
    }
}
