using TenderHall.Api.Tests.Award;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Gate;

/// <summary>One tender carried through the award flow to its real trade certificate, made once for the gate's tests.</summary>
internal static class CertifiedTender
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static (string ProjectCode, string TenderId, string Certificate)? made;

    /// <summary>The project, the tender and the certificate file as <c>GET /api/v1/tenders/{id}/certificate</c> serves it.</summary>
    public static async Task<(string ProjectCode, string TenderId, string Certificate)> Get(PlatformFactory platform)
    {
        await Once.WaitAsync();
        try
        {
            if (made is { } done) return done;
            var s = await AwardScenario.Publicized(platform);
            Assert.Equal("Archived", await s.AwardContractAndArchive(s.Bidders[0].Id));
            var certificate = await s.Tender.Anonymous.GetStringAsync($"{s.Url}/certificate");
            made = (s.Tender.ProjectCode, s.Tender.TenderId, certificate);
            return made.Value;
        }
        finally
        {
            Once.Release();
        }
    }
}
