using Scalar.AspNetCore;
using StackExchange.Redis;
using TenderHall.Api.Health;
using TenderHall.Api.Idempotency;
using TenderHall.Api.OpenApi;
using TenderHall.Api.Problems;
using TenderHall.Api.RateLimits;
using TenderHall.Api.Security;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>The HTTP side: problem details, OpenAPI, idempotency, sign-in limits, health, and Redis where API instances share state.</summary>
public static class ApiExtensions
{
    /// <summary>Where the API reference page is served.</summary>
    public const string ReferencePath = "/api-reference";

    /// <summary>Registers the API's services.</summary>
    public static WebApplicationBuilder AddPlatformApi(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var services = builder.Services;
        // Nothing tells a caller which server software answers.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddRuleProblems();
        services.AddPlatformOpenApi();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddPlatformHealth(platform);
        var signalR = services.AddSignalR();
        services.AddSingleton<Grains.Contracts.Opening.IOpeningFeed, Opening.SignalROpeningFeed>();
        services.AddSignInLimits(builder.Configuration);
        if (string.IsNullOrWhiteSpace(platform.RedisConnectionString))
        {
            services.AddSingleton<IIdempotencyStore, GrainIdempotencyStore>();
            services.AddInMemoryRateLimits();
        }
        else
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(Redis(platform.RedisConnectionString)));
            services.AddSingleton<RedisIdempotencyStore>();
            services.AddSingleton<GrainIdempotencyStore>();
            services.AddSingleton<IIdempotencyStore, FallbackIdempotencyStore>();
            services.AddRedisRateLimits();
            // Every API instance serves the live feeds: SignalR groups span instances through Redis.
            signalR.AddStackExchangeRedis(platform.RedisConnectionString, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("tenderhall"));
        }

        return builder;
    }

    // Connect in the background and keep reconnecting: with Redis down at start-up, resolving the multiplexer would
    // otherwise throw, and sign-in, whose rate limits fail open on a Redis error, would answer 500 instead.
    private static ConfigurationOptions Redis(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return options;
    }

    // The display name ASP.NET Core routing gives the endpoint it selects when the path matches but the method does not.
    private const string MethodRejection = "405 HTTP Method Not Supported";

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>The middleware pipeline, in the order requests need it.</summary>
    public static WebApplication UsePlatformApi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // An address no endpoint serves is 404 for everyone; otherwise the fallback (sign-in) policy would answer 401 first.
        // A known address with a method it does not serve is 405 (with Allow) for everyone too: routing's rejection endpoint
        // answers it before sign-in is asked for, since it reveals nothing the OpenAPI document does not.
        app.Use((context, next) => context.GetEndpoint() switch
        {
            null => NotFound(context),
            { RequestDelegate: { } reject, DisplayName: MethodRejection } => reject(context),
            _ => next(context),
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RouteValueGuard>();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, o => o.WithTitle("TenderHall API")).AllowAnonymous();
        app.MapHub<Opening.OpeningHub>(Opening.OpeningHub.Path).AllowAnonymous();
        return app;
    }
}
