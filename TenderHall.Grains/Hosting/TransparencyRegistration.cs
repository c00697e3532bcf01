using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Hosting;

/// <summary>Registers the transparency log: its store, signing key, the silo-local batching writer and the audit.</summary>
internal static class TransparencyRegistration
{
    public static IServiceCollection Add(IServiceCollection services, PlatformOptions platform, TransparencyOptions options)
    {
        var signer = new NoteSigner(options.Origin, TransparencyLogKey.Load(platform, options));
        services.AddSingleton(options);
        services.AddSingleton(new LogSequencerSettings(signer, options.CheckpointInterval, options.MinCheckpointGap));
        services.AddSingleton(NoteVerifier.Parse(signer.VerifierKey));
        services.AddSingleton(new LogIdentity(signer.Name, signer.VerifierKey));
        services.AddSingleton(Store(platform));
        services.AddSingleton(new CommitmentSalts(TransparencyLogKey.SaltKey(platform, options)));
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
