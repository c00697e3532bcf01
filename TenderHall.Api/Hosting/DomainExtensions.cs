using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>The API's own services beside the grains': bid intake, the platform's document key, the opening record's PDF and signature.</summary>
public static class DomainExtensions
{
    /// <summary>Registers them.</summary>
    public static WebApplicationBuilder AddPlatformDomain(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var services = builder.Services;
        services.AddKeyedSingleton(Opening.PlatformDocumentKey.ServiceKey, Opening.PlatformDocumentKey.Load(platform, builder.Configuration));
        services.AddSingleton<Opening.OpeningRecordPdf>();
        services.AddSingleton<Licensing.LicensingCasePdf>();
        services.AddSingleton<Opening.RecordCountersigning>();
        services.AddSingleton<Opening.SupervisorRecordSignature>();
        services.AddSingleton<Evaluation.EvaluationReportPdf>();
        services.AddSingleton<Evaluation.EvaluationReportSigning>();
        return builder;
    }
}
