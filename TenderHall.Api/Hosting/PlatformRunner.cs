using TenderHall.Api.Demo;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>Starts the platform, seeds demo data when asked, and tells the operator where to go.</summary>
public static partial class PlatformRunner
{
    /// <summary>Runs until shut down.</summary>
    public static async Task RunPlatformAsync(this WebApplication app, PlatformOptions platform)
    {
        await app.StartAsync();
        if (platform.Demo) await app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TenderHall");
        foreach (var url in app.Urls)
            LogReady(logger, platform.Profile, url, url + "/api-reference", platform.Demo ? $"demo accounts (password {DemoSeeder.Password}): admin, agency1, bidder01, supervisor1, expert0001" : "no demo data");
        await app.WaitForShutdownAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TenderHall ({Profile}) is listening on {Url}; API reference at {Reference}; {Demo}")]
    private static partial void LogReady(ILogger logger, StorageProfile profile, string url, string reference, string demo);
}
