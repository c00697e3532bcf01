using Microsoft.Extensions.DependencyInjection.Extensions;
using TenderHall.Api.Hosting;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Transparency;

namespace TenderHall.Api.Transparency;

/// <summary>Registers the transparency log: its store, signing key, the silo-local batching writer and the audit.</summary>
public static class TransparencyExtensions
{
    /// <summary>Adds the log from <c>TenderHall:Transparency</c>; fails fast when the cluster profile has no signing key.</summary>
    public static WebApplicationBuilder AddTransparencyLog(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        builder.Services.AddTransparencyLog(platform, Options(builder.Configuration));
        return builder;
    }

    /// <summary>Adds the log with explicit options (hosts without a WebApplicationBuilder, tests).</summary>
    public static IServiceCollection AddTransparencyLog(this IServiceCollection services, PlatformOptions platform, TransparencyOptions options)
    {
        var signer = new NoteSigner(options.Origin, TransparencyLogKey.Load(platform, options));
        services.AddSingleton(options);
        services.AddSingleton(new LogSequencerSettings(signer, options.CheckpointInterval));
        services.AddSingleton(NoteVerifier.Parse(signer.VerifierKey));
        services.AddSingleton(Store(platform));
        services.AddSingleton<TransparencyLogWriter>();
        services.AddSingleton<ITransparencyLog>(sp => sp.GetRequiredService<TransparencyLogWriter>());
        services.TryAddSingleton<SupervisionAlarms>();
        services.AddSingleton<LogAudit>();
        return services;
    }

    /// <summary>The <c>TenderHall:Transparency</c> section.</summary>
    public static TransparencyOptions Options(IConfiguration configuration) =>
        configuration.GetSection(TransparencyOptions.Section).Get<TransparencyOptions>() ?? new TransparencyOptions();

    /// <summary>The log store of the profile.</summary>
    public static ILogStore Store(PlatformOptions platform) => platform.Profile == StorageProfile.Cluster
        ? new PostgresLogStore(platform.PostgresConnectionString!)
        : new SqliteLogStore(platform.SqliteConnectionString);
}
