using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TenderHall.Api.Auth;
using TenderHall.Api.Hosting;
using TenderHall.Api.Opening;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Tendering;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// The whole platform as <c>TenderHall.Api/Program.cs</c> composes it (<see cref="PlatformComposition"/>), on the
/// embedded profile in a throw-away data directory, served by Kestrel on a loopback port so every request really crosses
/// HTTP. The clock is fake and moves only when the benchmark advances it; opening feed events are timed by
/// <see cref="OpeningFeedProbe"/>.
/// </summary>
public sealed class BenchPlatform : IBidPlatform, IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchPlatform(WebApplication app, PlatformOptions options, Uri address, FakeTimeProvider clock)
    {
        this.app = app;
        Clock = clock;
        Options = options;
        Address = address;
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>The platform's options (data directory, SQLite file).</summary>
    public PlatformOptions Options { get; }

    /// <summary>Where Kestrel listens.</summary>
    public Uri Address { get; }

    /// <inheritdoc />
    public HttpClient Http { get; }

    /// <summary>The platform clock.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Opening feed events with the wall-clock time they were published.</summary>
    public OpeningFeedProbe Feed => app.Services.GetRequiredService<OpeningFeedProbe>();

    /// <summary>The platform's SQLite database, as its own providers open it.</summary>
    public string SqliteConnectionString => SqliteConnectionStrings.WithPrivateCache(Options.SqliteConnectionString);

    /// <summary>Builds and starts the platform.</summary>
    public static async Task<BenchPlatform> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "th-bench-bids-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["TenderHall:Profile"] = "Embedded";
        builder.Configuration["TenderHall:DataDirectory"] = dataDirectory;
        builder.Configuration["TenderHall:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["TenderHall:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        var platform = builder.AddPlatformOptions([]);
        var fake = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // Registered before the platform's clock, which then keeps it (as the API tests do).
        builder.Services.AddSingleton(new PlatformClock(fake));
        builder.AddTenderHall(platform);
        // The one addition to the host: the live feed is wrapped so the benchmark sees when each bid is decrypted.
        builder.Services.AddSingleton<SignalROpeningFeed>();
        builder.Services.AddSingleton(sp => new OpeningFeedProbe(sp.GetRequiredService<SignalROpeningFeed>()));
        builder.Services.AddSingleton<IOpeningFeed>(sp => sp.GetRequiredService<OpeningFeedProbe>());

        var app = builder.Build();
        app.MapTenderHall();
        await app.StartAsync();

        return new BenchPlatform(app, platform, new Uri($"http://127.0.0.1:{port}"), fake);
    }

    /// <inheritdoc />
    public string DataDirectory => Options.DataDirectory;

    /// <inheritdoc />
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <inheritdoc />
    public TenderDeadlines Deadlines => app.Services.GetRequiredService<TenderDeadlines>();

    /// <inheritdoc />
    public Task RegisterAsync(string id, OrganizationProfile profile) =>
        app.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(id).Register(profile);

    /// <inheritdoc />
    public AuthenticationHeaderValue TokenFor(string role, string organizationId, string userName)
    {
        var account = new AccountInfo { UserName = userName, DisplayName = userName, Roles = [role], OrganizationId = organizationId };
        var (token, _) = app.Services.GetRequiredService<TokenIssuer>().Issue(account);
        return new AuthenticationHeaderValue("Bearer", token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Options.DataDirectory)) Directory.Delete(Options.DataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
