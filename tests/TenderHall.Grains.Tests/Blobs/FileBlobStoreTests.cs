using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

public sealed class FileBlobStoreTests : BlobStoreBehaviour, IDisposable
{
    private readonly TempDirectory dataDir = new();

    public FileBlobStoreTests() => Store = new FileBlobStore(dataDir.Path);

    protected override IBlobStore Store { get; }

    private string BlobsFolder => Path.Combine(dataDir.Path, FileBlobStore.FolderName);

    [Fact]
    public async Task Blob_is_a_file_named_by_its_hash_under_two_levels_of_hash_prefix_folders()
    {
        var blob = await Store.PutAsync(new SeededStream(20, 4096), CancellationToken.None);

        var h = blob.Sha256Hex;
        Assert.Equal(4096, new FileInfo(Path.Combine(BlobsFolder, h[..2], h[2..4], h)).Length);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(BlobsFolder, FileBlobStore.StagingFolderName)));
    }

    [Fact]
    public void Temp_files_a_crashed_process_left_are_swept_when_the_store_opens_and_fresh_ones_are_kept()
    {
        var staging = Path.Combine(BlobsFolder, FileBlobStore.StagingFolderName);
        var stale = Path.Combine(staging, "stale.tmp");
        var fresh = Path.Combine(staging, "fresh.tmp");
        File.WriteAllText(stale, "half a bid");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.WriteAllText(fresh, "a put still running");

        _ = new FileBlobStore(dataDir.Path);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
    }

    public void Dispose() => dataDir.Dispose();

    protected override async Task FlipStoredByteAsync(string sha256Hex, long offset)
    {
        await using var file = new FileStream(Path.Combine(BlobsFolder, sha256Hex[..2], sha256Hex[2..4], sha256Hex), FileMode.Open, FileAccess.ReadWrite);
        file.Position = offset;
        var original = file.ReadByte();
        file.Position = offset;
        file.WriteByte((byte)(original ^ 0xFF));
    }

    protected override Task<(long Entries, long Bytes)> FootprintAsync()
    {
        // Every file in the tree, staging folder included, so a leftover temp file shows.
        var files = Directory.EnumerateFiles(BlobsFolder, "*", SearchOption.AllDirectories).Select(path => new FileInfo(path)).ToList();
        return Task.FromResult<(long, long)>((files.Count, files.Sum(file => file.Length)));
    }
}
