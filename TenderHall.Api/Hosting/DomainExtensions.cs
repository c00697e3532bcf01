using TenderHall.Grains.Bidding;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Projects;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Tendering;

namespace TenderHall.Api.Hosting;

/// <summary>The plain domain services grains use: deadline engine, thresholds, supervision alarms.</summary>
public static class DomainExtensions
{
    /// <summary>Registers them; <c>TenderHall:HolidayCalendarDirectory</c> may add calendar years as files.</summary>
    public static WebApplicationBuilder AddPlatformDomain(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var services = builder.Services;
        services.AddSingleton(builder.Configuration.GetSection(MustTenderThresholds.Section).Get<MustTenderThresholds>() ?? new MustTenderThresholds());
        services.AddSingleton(_ => ChinaCalendars.Load(builder.Configuration["TenderHall:HolidayCalendarDirectory"]));
        services.AddSingleton(StatutoryPeriods.Default);
        services.AddSingleton<TenderDeadlines>();
        services.AddSingleton<TenderServices>();
        services.AddSingleton<AnnouncementIndex>();
        services.AddSingleton<SupervisionAlarms>();
        services.AddSingleton<BidReceipts>();
        services.AddSingleton<Grains.Transparency.LogOutbox>();
        services.AddSingleton<Grains.Contracts.Bidding.IBidIntake, BidIntake>();
        services.AddSingleton<Grains.Opening.BidDecryptor>();
        services.AddKeyedSingleton(Opening.PlatformDocumentKey.ServiceKey, Opening.PlatformDocumentKey.Load(platform, builder.Configuration));
        services.AddSingleton<Opening.OpeningRecordPdf>();
        services.AddSingleton<Opening.SupervisorRecordSignature>();
        return builder;
    }
}
