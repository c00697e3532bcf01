using TenderHall.Api.Auth;
using TenderHall.Api.Bidding;
using TenderHall.Api.Blobs;
using TenderHall.Api.Clock;
using TenderHall.Api.Demo;
using TenderHall.Api.Fees;
using TenderHall.Api.Registry;
using TenderHall.Api.Health;
using TenderHall.Api.Hosting;
using TenderHall.Api.Licensing;
using TenderHall.Api.Notifications;
using TenderHall.Api.Opening;
using TenderHall.Api.Supervision;
using TenderHall.Api.Tendering;
using TenderHall.Api.Transparency;

var builder = WebApplication.CreateBuilder(args);
var platform = builder.AddPlatformOptions(args);
if (PlatformCommands.IsCommand(args)) return await PlatformCommands.RunAsync(args, platform, builder.Configuration);

builder.AddPlatformClock(platform);
builder.AddPlatformSilo(platform);
builder.AddPlatformAuth(platform);
builder.AddPlatformApi(platform);
builder.AddPlatformDomain(platform);
builder.AddPlatformFees(platform);
builder.AddTransparencyLog(platform);
builder.Services.AddSingleton<DemoSeeder>();
builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DemoTenders>(sp, platform.DataDirectory));

var app = builder.Build();
app.UsePlatformApi();
app.MapHealthApi();
app.MapAuthApi();
app.MapCertificateSignInApi();
app.MapAccountsApi();
app.MapClockApi();
app.MapDirectoryApi();
app.MapExpertsApi();
app.MapLicensingCatalogueApi();
app.MapBlobsApi();
app.MapProjectsApi();
app.MapTendersApi();
app.MapCustodyApi();
app.MapBidsApi();
app.MapOpeningApi();
app.MapNotificationsApi();
app.MapFeesApi();
app.MapTransparencyApi();
app.MapSupervisionApi();

await app.RunPlatformAsync(platform);
return 0;

/// <summary>The API host; public so integration tests can start it.</summary>
public partial class Program;
