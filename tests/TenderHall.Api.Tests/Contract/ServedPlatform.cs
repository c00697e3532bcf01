using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Contract;

/// <summary>A platform of its own on a real loopback port (Kestrel validates what TestServer lets through, e.g. header values).</summary>
public sealed class ServedPlatform : IAsyncLifetime
{
    /// <summary>The platform, served by Kestrel.</summary>
    public PlatformFactory Platform { get; } = new();

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Platform.UseKestrel(0);
        Platform.StartServer();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
