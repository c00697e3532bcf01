using System.Net;
using System.Net.Sockets;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>
/// The embedded profile owns its data directory and its silo and gateway ports: before the silo starts, this takes an
/// exclusive lock in the directory and checks both ports are free, and refuses to start, naming what is taken, when
/// another instance has them (two silos on one SQLite file and one port pair would corrupt each other's state).
/// </summary>
public sealed class InstanceGuard(PlatformOptions platform) : IHostedService, IDisposable
{
    /// <summary>The lock file's name inside the data directory.</summary>
    public const string LockFileName = "tenderhall.lock";

    private FileStream? held;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(platform.DataDirectory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, LockFileName);
        try
        {
            // FileShare.None is an exclusive advisory lock on Unix and a sharing lock on Windows; the process's end releases it.
            held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The data directory {directory} is in use by another TenderHall instance ({path} is locked). Stop that instance, or give this one " +
                $"its own directory with {PlatformOptions.Section}:DataDirectory (--TenderHall:DataDirectory=...).", e);
        }

        RequireFree(platform.SiloPort, nameof(PlatformOptions.SiloPort));
        RequireFree(platform.GatewayPort, nameof(PlatformOptions.GatewayPort));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }

    private void RequireFree(int port, string setting)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            Dispose();
            throw new InvalidOperationException(
                $"The Orleans {(setting == nameof(PlatformOptions.SiloPort) ? "silo" : "gateway")} port {port} is taken, most likely by another TenderHall instance. " +
                $"Stop it, or choose a free port with {PlatformOptions.Section}:{setting} (--TenderHall:{setting}=...).", e);
        }
    }
}
