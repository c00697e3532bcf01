using Microsoft.Playwright;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The platform on a real loopback port, and Debian's Chromium driven by Playwright (eng/browser.sh installs it).</summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    /// <summary>The platform, served by Kestrel.</summary>
    public PlatformFactory Platform { get; } = new();

    /// <summary>The headless browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The platform's base address, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress => Platform.ClientOptions.BaseAddress;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run eng/browser.sh (apt-get install chromium), as eng/test.sh does.");
        Platform.UseKestrel(0);
        Platform.StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await Platform.DisposeAsync();
    }
}
