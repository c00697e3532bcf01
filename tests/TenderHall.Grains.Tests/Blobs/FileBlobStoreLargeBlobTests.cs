using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

[Collection(LargeBlobCollection.Name)]
public sealed class FileBlobStoreLargeBlobTests : IDisposable
{
    private readonly TempDirectory dataDir = new();

    [Fact]
    public Task A_300_MiB_blob_round_trips_in_bounded_memory() =>
        LargeBlobRoundTrip.AssertStreamedAsync(new FileBlobStore(dataDir.Path), seed: 300);

    public void Dispose() => dataDir.Dispose();
}
