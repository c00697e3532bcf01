namespace TenderHall.Api.RateLimits;

/// <summary>Registers sign-in rate limits; the store itself is chosen with the other shared stores in <c>AddPlatformApi</c>.</summary>
public static class RateLimitsExtensions
{
    /// <summary>Service key of the clock that rate-limit windows are measured by.</summary>
    public const string ClockKey = "rate-limits";

    /// <summary>Adds <see cref="RateLimitOptions"/> (checked now), <see cref="SignInLimits"/>, <see cref="GateLimits"/> and <see cref="TicketLimits"/>.</summary>
    public static IServiceCollection AddSignInLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        options.Validate();
        services.AddSingleton(options);
        // Windows are security measures like token lifetimes: the wall clock, even when the platform clock is a sandbox.
        services.AddKeyedSingleton(ClockKey, TimeProvider.System);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SignInLimits>(sp, sp.RateLimitClock()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GateLimits>(sp, sp.RateLimitClock()));
        services.AddSingleton<TicketLimits>();
        return services;
    }

    /// <summary>The in-process store (embedded profile without Redis).</summary>
    public static IServiceCollection AddInMemoryRateLimits(this IServiceCollection services) =>
        services.AddSingleton<IRateLimitStore>(sp => new InMemoryRateLimitStore(sp.RateLimitClock()));

    /// <summary>The Redis store on the registered <see cref="StackExchange.Redis.IConnectionMultiplexer"/>.</summary>
    public static IServiceCollection AddRedisRateLimits(this IServiceCollection services) =>
        services.AddSingleton<IRateLimitStore>(sp => ActivatorUtilities.CreateInstance<RedisRateLimitStore>(sp, sp.RateLimitClock()));

    private static TimeProvider RateLimitClock(this IServiceProvider services) => services.GetRequiredKeyedService<TimeProvider>(ClockKey);
}
