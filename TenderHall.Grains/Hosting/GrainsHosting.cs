using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Experts;
using TenderHall.Grains.Fees;
using TenderHall.Grains.Opening;
using TenderHall.Grains.Projects;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Tendering;
using TenderHall.Grains.Transparency;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Hosting;

/// <summary>
/// The one way a host brings up the grains: the silo's storage for the profile, the services the grains use, and the
/// operator commands over their data. Clients of the grains use <c>TenderHall.Grains.Contracts.*</c> and this class only.
/// </summary>
public static class GrainsHosting
{
    /// <summary>Configures the silo for <see cref="PlatformOptions.Profile"/> (clustering, grain state, reminders, streams) and migrates its schema before the providers start.</summary>
    public static ISiloBuilder AddTenderHallStorage(this ISiloBuilder silo, PlatformOptions options) => SiloStorage.Configure(silo, options);

    /// <summary>
    /// Registers the blob store of the profile and the plain services grains use: deadline engine, thresholds, supervision
    /// alarms, receipts, decryption. <c>TenderHall:HolidayCalendarDirectory</c> may add calendar years as files.
    /// </summary>
    public static IServiceCollection AddTenderHallGrainServices(this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        if (platform.Profile == StorageProfile.Cluster)
            services.AddSingleton<IBlobStore>(_ => new PostgresBlobStore(platform.PostgresConnectionString!));
        else
            services.AddSingleton<IBlobStore>(_ => new FileBlobStore(platform.DataDirectory));
        services.AddSingleton(configuration.GetSection(StagingOptions.Section).Get<StagingOptions>() ?? new StagingOptions());
        services.AddHostedService<StagingSweeper>();
        services.AddSingleton(configuration.GetSection(MustTenderThresholds.Section).Get<MustTenderThresholds>() ?? new MustTenderThresholds());
        services.AddSingleton(_ => ChinaCalendars.Load(configuration["TenderHall:HolidayCalendarDirectory"]));
        services.AddSingleton(StatutoryPeriods.Default);
        services.AddSingleton(configuration.GetSection(OpeningHours.Section).Get<OpeningHours>() ?? new OpeningHours());
        services.AddSingleton<TenderDeadlines>();
        services.AddSingleton(sp => new RefundDeadlines(new DeadlineCalculator(sp.GetRequiredService<HolidayCalendar>()), sp.GetRequiredService<StatutoryPeriods>()));
        services.AddSingleton<ITenderCalendar>(sp => sp.GetRequiredService<TenderDeadlines>());
        services.AddSingleton<TenderServices>();
        services.AddSingleton<Licensing.Cases.CaseCalendar>();
        services.AddSingleton(configuration.GetSection(Ratings.RatingPolicy.Section).Get<Ratings.RatingPolicy>() ?? new Ratings.RatingPolicy());
        services.AddSingleton<Licensing.Cases.CaseServices>();
        services.AddSingleton<Performance.PerformanceFeed>();
        // The gate needs the host's Contracts.Gate.PlatformDocumentVerifier (the API registers it with its document key).
        services.AddSingleton<Gate.TradeGate>();
        services.AddSingleton<AnnouncementIndex>();
        services.AddSingleton<SupervisionAlarms>();
        services.AddSingleton<BidReceipts>();
        services.AddSingleton<BidDecryptor>();
        services.AddSingleton<LogOutbox>();
        services.AddSingleton<BidBoxBatches>();
        services.AddSingleton<IBidIntake, BidIntake>();
        return services;
    }

    /// <summary>
    /// Registers the expert database's and the draw's services: <c>TenderHall:Experts</c> holds the centre's configurable
    /// rules (<see cref="ExpertPolicy"/>), the centre's ECVRF key and the simulated voice/SMS gateway.
    /// </summary>
    public static IServiceCollection AddTenderHallExperts(this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        services.AddSingleton(configuration.GetSection(ExpertPolicy.Section).Get<ExpertPolicy>() ?? new ExpertPolicy());
        services.AddSingleton<RecusalFilter>();
        var key = DrawVrfKeyLoader.Load(platform, configuration);
        services.AddSingleton(key);
        services.AddSingleton(new DrawPublicKey(key.PublicKey));
        services.AddSingleton<SimulatedVoiceSmsGateway>();
        services.AddSingleton<IVoiceSmsGateway>(sp => sp.GetRequiredService<SimulatedVoiceSmsGateway>());
        return services;
    }

    /// <summary>Registers the transparency log from <c>TenderHall:Transparency</c>; fails fast when the cluster profile has no signing key.</summary>
    public static IServiceCollection AddTransparencyLog(this IServiceCollection services, IConfiguration configuration, PlatformOptions platform) =>
        TransparencyRegistration.Add(services, platform, TransparencyRegistration.Options(configuration));

    /// <summary>Registers the transparency log with explicit options (hosts without configuration, tests).</summary>
    public static IServiceCollection AddTransparencyLog(this IServiceCollection services, PlatformOptions platform, TransparencyOptions options) =>
        TransparencyRegistration.Add(services, platform, options);

    /// <summary>Applies the database schema of the profile (operator command <c>migrate</c>); returns the scripts applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateSchemaAsync(PlatformOptions platform, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var migrator = new SchemaMigrator(loggers.CreateLogger<SchemaMigrator>());
        var (kind, connection) = platform.Profile == StorageProfile.Cluster
            ? (DatabaseKind.PostgreSql, platform.PostgresConnectionString!)
            : (DatabaseKind.Sqlite, platform.SqliteConnectionString);
        if (kind == DatabaseKind.Sqlite) Directory.CreateDirectory(platform.DataDirectory);
        return await migrator.MigrateAsync(kind, connection, cancellationToken);
    }

    /// <summary>
    /// Re-reads the stored transparency log against its signed checkpoints (operator command <c>verify-log</c>). Throws
    /// <see cref="InvalidOperationException"/> when it cannot check (no key: the data directory never ran the platform).
    /// </summary>
    public static async Task<LogVerification> VerifyLogAsync(PlatformOptions platform, IConfiguration configuration)
    {
        var key = LogKey(platform, configuration);
        return await LogVerifier.VerifyAsync(TransparencyRegistration.Store(platform), key);
    }

    /// <summary>Raises the <c>LOG-TAMPERED</c> supervision alarm for <paramref name="result"/> through a client of the running platform.</summary>
    public static Task RaiseLogTamperedAsync(IGrainFactory grains, PlatformOptions platform, IConfiguration configuration, LogVerification result)
    {
        var key = LogKey(platform, configuration);
        var alarms = new SupervisionAlarms(grains, new Contracts.Time.PlatformClock(TimeProvider.System));
        return new LogAudit(TransparencyRegistration.Store(platform), key, alarms).RaiseAsync(result);
    }

    private static NoteVerifier LogKey(PlatformOptions platform, IConfiguration configuration)
    {
        var options = TransparencyRegistration.Options(configuration);
        return NoteVerifier.Parse(new NoteSigner(options.Origin, TransparencyLogKey.Load(platform, options, create: false)).VerifierKey);
    }
}
