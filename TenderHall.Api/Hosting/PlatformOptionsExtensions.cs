using TenderHall.Api.Clock;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>Reads and checks the <c>TenderHall</c> section before anything else is configured.</summary>
public static class PlatformOptionsExtensions
{
    /// <summary>The bare flag that seeds the demo centre.</summary>
    public const string DemoFlag = "--demo";

    /// <summary>
    /// The arguments for configuration: without the bare <see cref="DemoFlag"/>, which .NET's command-line parser would
    /// otherwise pair with the next argument (<c>--demo --urls X</c> would set <c>demo</c> to "--urls" and lose the port).
    /// </summary>
    public static string[] ConfigurationArguments(string[] args) => [.. args.Where(a => a != DemoFlag)];

    /// <summary>Binds <see cref="PlatformOptions"/>, turns a bare <c>--demo</c> argument into <c>TenderHall:Demo=true</c>, and fails fast on a bad combination.</summary>
    public static PlatformOptions AddPlatformOptions(this WebApplicationBuilder builder, string[] args)
    {
        if (args.Contains(DemoFlag)) builder.Configuration["TenderHall:Demo"] = "true";
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var clock = builder.Configuration.GetSection(ClockOptions.Section).Get<ClockOptions>() ?? new ClockOptions();
        Validate(options, clock);
        builder.Services.AddSingleton(options);
        return options;
    }

    /// <summary>Throws a message naming the setting when the configuration cannot work.</summary>
    public static void Validate(PlatformOptions options, ClockOptions clock)
    {
        if (options.Profile == StorageProfile.Cluster)
        {
            if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
                throw new InvalidOperationException("The cluster profile needs 'TenderHall:PostgresConnectionString'.");
            if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
                throw new InvalidOperationException("The cluster profile needs 'TenderHall:RedisConnectionString': API instances share live feeds, rate limits and idempotency records through it.");
            if (clock.SandboxFactor != 1)
                throw new InvalidOperationException("CLOCK-SANDBOX: 'TenderHall:Clock:SandboxFactor' must be 1 in the cluster profile; the sandbox clock is for demos and training on the embedded profile.");
            if (options.Demo)
                throw new InvalidOperationException("Demo data is only seeded in the embedded profile; remove --demo or 'TenderHall:Demo'.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            throw new InvalidOperationException("'TenderHall:DataDirectory' must name a directory.");
    }
}
