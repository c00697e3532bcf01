using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TenderHall.Api.Auth;
using TenderHall.Api.Clock;
using TenderHall.Api.Hosting;
using TenderHall.Api.Supervision;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Transparency;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Transparency;

/// <summary>
/// The embedded platform composed as Program.cs composes it, plus the transparency log and supervision endpoints
/// (Program.cs gains <c>AddTransparencyLog</c> / <c>MapTransparencyApi</c> / <c>MapSupervisionApi</c> when the log is wired in).
/// </summary>
public sealed class TransparencyPlatform : IAsyncLifetime
{
    private WebApplication? app;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["TenderHall:Profile"] = "Embedded";
        builder.Configuration["TenderHall:DataDirectory"] = DataDirectory;
        builder.Configuration["TenderHall:SiloPort"] = FreePort.Next().ToString();
        builder.Configuration["TenderHall:GatewayPort"] = FreePort.Next().ToString();
        builder.Configuration["TenderHall:Transparency:CheckpointInterval"] = "00:00:00.200";
        var platform = builder.AddPlatformOptions([]);
        builder.AddPlatformClock(platform);
        builder.AddPlatformSilo(platform);
        builder.AddPlatformAuth(platform);
        builder.AddPlatformApi(platform);
        builder.AddTransparencyLog(platform);
        app = builder.Build();
        app.UsePlatformApi();
        app.MapTransparencyApi();
        app.MapSupervisionApi();
        await app.StartAsync();
    }

    public HttpClient ClientAs(string? role)
    {
        var client = app!.GetTestClient();
        if (role is null) return client;
        var account = new AccountInfo { UserName = "tester", DisplayName = "tester", Roles = [role] };
        var (token, _) = Services.GetRequiredService<TokenIssuer>().Issue(account);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
