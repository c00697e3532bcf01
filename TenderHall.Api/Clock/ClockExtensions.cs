using TenderHall.Api.Hosting;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Clock;

/// <summary>Registers the platform clock: the system clock, or the sandbox clock that resumes where it stopped.</summary>
public static class ClockExtensions
{
    /// <summary>Adds <see cref="PlatformClock"/> from <c>TenderHall:Clock</c>; an existing registration (a test's fake clock) is kept.</summary>
    public static WebApplicationBuilder AddPlatformClock(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var clock = builder.Configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        Add(builder.Services, platform, clock);
        return builder;
    }

    private static void Add(IServiceCollection services, PlatformOptions platform, ClockOptions clock)
    {
        if (services.Any(d => d.ServiceType == typeof(PlatformClock))) return;
        if (clock.SandboxFactor == 1)
        {
            services.AddSingleton(new PlatformClock(TimeProvider.System));
            return;
        }


        var anchor = new SandboxClockAnchor(Path.Combine(platform.DataDirectory, "sandbox-clock.json"));
        var sandbox = new SandboxClock(TimeProvider.System, clock.SandboxFactor, anchor.Load(TimeProvider.System.GetUtcNow()));
        services.AddSingleton(anchor);
        services.AddHostedService<SandboxClockKeeper>();
        services.AddSingleton(new PlatformClock(sandbox));
    }
}
