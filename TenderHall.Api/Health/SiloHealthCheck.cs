using Microsoft.Extensions.Diagnostics.HealthChecks;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Health;

/// <summary>Ready when a grain call completes, i.e. the silo has joined its cluster and serves requests.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.LicensingItems).List(0, 0).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy("The silo serves grain calls");
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The silo does not serve grain calls: " + e.Message);
        }
    }
}
