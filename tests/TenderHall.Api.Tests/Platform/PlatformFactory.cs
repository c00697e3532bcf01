using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Auth;
using TenderHall.Api.RateLimits;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.Platform;

/// <summary>The whole platform on the embedded profile in a throw-away data directory, shared by the tests of one collection.</summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    /// <summary>The data directory of this instance.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Whether disposing deletes the data directory (a restart test keeps it for the next instance).</summary>
    public bool KeepData { get; init; }

    /// <summary>
    /// Where every platform clock starts: a fixed Monday morning in the first year the holiday calendars cover, so the
    /// tests of one instance, which move its clock forward by the statutory periods (weeks per tender), have three
    /// calendar years of room whatever the date they run on.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The platform clock: starts at <see cref="Start"/> and moves only when a test advances it; instances of one cluster share one.</summary>
    public FakeTimeProvider Clock { get; init; } = new(Start);

    /// <summary>The wall clock rate-limit windows are measured by: moves only when a test advances it.</summary>
    public FakeTimeProvider RateLimitClock { get; init; } = new(Start);

    /// <summary>Storage failures a test injects: the grain storage and the blob store fail the writes it names.</summary>
    public Reliability.StorageFaults Faults { get; } = new();

    /// <summary>False for a subclass that runs on the configured (system or sandbox) clock instead of <see cref="Clock"/>.</summary>
    protected virtual bool UseFakeClock => true;

    /// <summary>Extra settings a subclass adds (e.g. Redis).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings() => [];

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("TenderHall:Profile", "Embedded");
        builder.UseSetting("TenderHall:DataDirectory", DataDirectory);
        builder.UseSetting("TenderHall:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("TenderHall:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test client comes from the same (absent) address: only the sign-in limits per account are left at their defaults (TicketLimitTests runs a platform with the ticket limits low).
        builder.UseSetting("TenderHall:RateLimits:PasswordFailuresPerAddress:Limit", "100000");
        builder.UseSetting("TenderHall:RateLimits:TicketsPerAddress:Limit", "100000");
        builder.UseSetting("TenderHall:RateLimits:TicketsPerAccount:Limit", "100000");
        // The test profile's designated bank is the simulated one, with its bank pages (/demo/bank) as in a demo.
        builder.UseSetting(TenderHall.Api.Demo.SimulatedBankHosting.Setting, "true");
        foreach (var (key, value) in Settings()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(RateLimitsExtensions.ClockKey, RateLimitClock));
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        builder.ConfigureTestServices(services => Reliability.FaultInjection.AddStorageFaults(services, Faults));
        if (UseFakeClock) builder.ConfigureTestServices(services => services.AddSingleton(new PlatformClock(Clock)));
    }

    /// <summary>A client whose bearer token carries <paramref name="role"/> (null: anonymous) and organisation claim.</summary>
    public HttpClient ClientAs(string? role, string? organizationId = null, string userName = "tester")
    {
        var client = CreateClient();
        if (role is null) return client;
        var account = new AccountInfo { UserName = userName, DisplayName = userName, Roles = [role], OrganizationId = organizationId };
        var (token, _) = Services.GetRequiredService<TokenIssuer>().Issue(account);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
