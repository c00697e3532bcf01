using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

[Collection(LargeBlobCollection.Name)]
public sealed class PostgresBlobStoreLargeBlobTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public Task A_300_MiB_blob_round_trips_in_bounded_memory() =>
        LargeBlobRoundTrip.AssertStreamedAsync(new PostgresBlobStore(database.DataSource), seed: 301);
}
