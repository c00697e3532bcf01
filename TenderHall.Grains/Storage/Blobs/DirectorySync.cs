using System.Runtime.InteropServices;
using System.Text;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Flushes a directory's entries to disk, so a rename into it survives a power loss.</summary>
/// <remarks>.NET refuses to open a directory as a file (File.OpenHandle throws UnauthorizedAccessException), hence libc.</remarks>
internal static class DirectorySync
{
    // O_RDONLY is 0 on every Unix; O_DIRECTORY is left out because its value differs between architectures.
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        // NTFS journals directory entries itself, and Windows offers no handle on a directory to flush.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A NUL-terminated UTF-8 path, which is what open(2) takes on every Unix .NET runs on.
        var fd = Open(Encoding.UTF8.GetBytes(directory + '\0'), ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{directory}' to flush it to disk (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (FSync(fd) != 0)
            {
                throw new IOException($"Flushing directory '{directory}' to disk failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FSync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
