using System.Buffers;
using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Blob store of the embedded profile: one file per blob at <c>&lt;dataDir&gt;/blobs/ab/cd/&lt;hash&gt;</c>.</summary>
public sealed class FileBlobStore : IBlobStore
{
    /// <summary>The folder under the data directory that holds the blobs.</summary>
    public const string FolderName = "blobs";

    /// <summary>The folder under <see cref="FolderName"/> where uploads are written before they are named.</summary>
    public const string StagingFolderName = ".staging";

    /// <summary>
    /// The folder under <see cref="FolderName"/> that marks staged blobs: one empty file per blob not yet accepted, named by
    /// its hash, its write time the instant it was staged. The blob itself lies where every blob lies, so it reads the same.
    /// </summary>
    public const string StagedFolderName = ".staged";

    private const int BufferSize = 1 << 20;

    private readonly string root;
    private readonly string staging;
    private readonly string staged;

    public FileBlobStore(string dataDir)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        root = Path.Combine(Path.GetFullPath(dataDir), FolderName);
        staging = Path.Combine(root, StagingFolderName);
        staged = Path.Combine(root, StagedFolderName);
        Directory.CreateDirectory(staging);
        Directory.CreateDirectory(staged);
        SweepStaging(TimeSpan.FromHours(1));
    }

    /// <summary>
    /// Deletes temp files older than <paramref name="age"/>: a put deletes its own when it ends, so these are left by a
    /// process that died mid-write. The age keeps a put still running in another process of the same store untouched.
    /// </summary>
    public int SweepStaging(TimeSpan age)
    {
        var swept = 0;
        foreach (var file in new DirectoryInfo(staging).EnumerateFiles("*.tmp"))
        {
            // File times are wall-clock times, so the age is judged by the wall clock, not the platform clock.
            if (TimeProvider.System.GetUtcNow().UtcDateTime - file.LastWriteTimeUtc < age) continue;
            try
            {
                file.Delete();
                swept++;
            }
            catch (IOException)
            {
                // Still open somewhere: the next sweep gets it.
            }
        }

        return swept;
    }

    public async Task<BlobRef> PutAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);

        // Inside the blob tree, so on the same file system and the rename that publishes it is atomic.
        var tempPath = Path.Combine(staging, $"{Guid.NewGuid():N}.tmp");
        try
        {
            var blob = await WriteDurablyAsync(content, tempPath, ct);
            await PublishAsync(tempPath, PathOf(blob.Sha256Hex));
            // The same content staged as an upload is now kept for good.
            if (File.Exists(MarkerOf(blob.Sha256Hex))) await AcceptAsync(blob.Sha256Hex, ct);
            return blob;
        }
        finally
        {
            // After a successful publish the temp file is gone and this does nothing.
            File.Delete(tempPath);
        }
    }

    public async Task<BlobRef> StageAsync(Stream content, DateTimeOffset stagedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var tempPath = Path.Combine(staging, $"{Guid.NewGuid():N}.tmp");
        try
        {
            var blob = await WriteDurablyAsync(content, tempPath, ct);
            var marker = MarkerOf(blob.Sha256Hex);
            // Marked before it is named: a crash in between leaves a marker the sweep clears, never an unmarked stray.
            // Content already accepted (a blob without a marker) stays accepted.
            if (!File.Exists(PathOf(blob.Sha256Hex)) || File.Exists(marker))
            {
                await File.WriteAllBytesAsync(marker, [], ct);
                File.SetLastWriteTimeUtc(marker, stagedAt.UtcDateTime);
            }

            await PublishAsync(tempPath, PathOf(blob.Sha256Hex));
            return blob;
        }
        finally
        {
            File.Delete(tempPath);
        }
    }

    public async Task AcceptAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        if (!File.Exists(PathOf(sha256Hex))) throw new IOException($"Blob {sha256Hex} is not stored (a staged upload swept before it was accepted?).");
        var marker = MarkerOf(sha256Hex);
        if (!File.Exists(marker)) return;
        File.Delete(marker);
        // A lost deletion would let the sweep take an accepted blob: durable before the bid is counted.
        await Task.Run(() => DirectorySync.Flush(staged), CancellationToken.None);
    }

    public Task<int> SweepStagedAsync(DateTimeOffset stagedBefore, CancellationToken ct)
    {
        var swept = 0;
        foreach (var marker in new DirectoryInfo(staged).EnumerateFiles())
        {
            ct.ThrowIfCancellationRequested();
            if (marker.LastWriteTimeUtc >= stagedBefore.UtcDateTime || !BlobName.IsValid(marker.Name)) continue;
            File.Delete(PathOf(marker.Name));
            marker.Delete();
            swept++;
        }

        return Task.FromResult(swept);
    }

    public Task<Stream?> OpenReadAsync(string sha256Hex, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var raw = OpenRaw(sha256Hex);
        return Task.FromResult<Stream?>(raw is null ? null : new HashVerifyingStream(raw, sha256Hex));
    }

    public Task<bool> ExistsAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(PathOf(sha256Hex)));
    }

    public Task<BlobRef?> StatAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        ct.ThrowIfCancellationRequested();
        var file = new FileInfo(PathOf(sha256Hex));
        return Task.FromResult(file.Exists ? new BlobRef(sha256Hex, file.Length) : null);
    }

    public Task<BlobVerification> VerifyAsync(string sha256Hex, CancellationToken ct) =>
        BlobVerifier.VerifyAsync(sha256Hex, OpenRaw(sha256Hex), recordedSize: null, ct);

    private static async Task<BlobRef> WriteDurablyAsync(Stream content, string tempPath, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                size += read;
            }

            // The bytes reach the disk before a name points at them: a crash must never leave a named file with missing bytes.
            // fsync of a 2 GiB file can take seconds, so it runs off the caller's (possibly grain) thread.
            await Task.Run(() => file.Flush(flushToDisk: true), CancellationToken.None);
            return new BlobRef(BlobName.FromHash(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task PublishAsync(string tempPath, string finalPath)
    {
        var leaf = Path.GetDirectoryName(finalPath)!;
        var shard = Path.GetDirectoryName(leaf)!;

        // An existing file is left as it is, even when corrupt: a tampered blob is evidence for the operator's verify run.
        if (!File.Exists(finalPath))
        {
            Directory.CreateDirectory(leaf);

            // On Unix .NET checks for the target, then rename(2)s: two racing puts may both rename, and the later one
            // atomically replaces identical, already flushed bytes. Harmless, because the name is the content.
            try
            {
                File.Move(tempPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                // A concurrent put of the same content published first; its bytes are ours.
            }
        }

        // Also when the file already existed: a concurrent put may have renamed it but not yet flushed the directories,
        // and this put must not report durable before they are. Flushing a clean directory costs little.
        await Task.Run(
            () =>
            {
                DirectorySync.Flush(leaf);
                DirectorySync.Flush(shard);
                DirectorySync.Flush(root);
            },
            CancellationToken.None);
    }

    private FileStream? OpenRaw(string sha256Hex)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        try
        {
            return new FileStream(PathOf(sha256Hex), new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private string MarkerOf(string sha256Hex) => Path.Combine(staged, sha256Hex);

    private string PathOf(string sha256Hex) => Path.Combine(root, sha256Hex[..2], sha256Hex[2..4], sha256Hex);
}
