using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TenderHall.Api.Hosting;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Health;

/// <summary><c>/health/live</c> (the process runs) and <c>/health/ready</c> (database, silo and, where configured, Redis answer).</summary>
public static class HealthApi
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness checks of the profile.</summary>
    public static IServiceCollection AddPlatformHealth(this IServiceCollection services, PlatformOptions options)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag]);
        if (!string.IsNullOrWhiteSpace(options.RedisConnectionString))
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps both endpoints, open to anonymous callers (load balancers do not sign in).</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write })
            .AllowAnonymous().WithTags("Health");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = Write })
            .AllowAnonymous().WithTags("Health");
        return app;
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
