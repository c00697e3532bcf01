using TenderHall.Api.Hosting;

var builder = WebApplication.CreateBuilder(PlatformOptionsExtensions.ConfigurationArguments(args));
var platform = builder.AddPlatformOptions(args);
if (PlatformCommands.IsCommand(args)) return await PlatformCommands.RunAsync(args, platform, builder.Configuration);

builder.AddTenderHall(platform);
var app = builder.Build();
app.MapTenderHall();
await app.RunPlatformAsync(platform);
return 0;

/// <summary>The API host; public so integration tests can start it.</summary>
public partial class Program;
