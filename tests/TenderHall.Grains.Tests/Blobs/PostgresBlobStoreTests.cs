using Npgsql;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

public sealed class PostgresBlobStoreTests(PostgresDatabase database) : BlobStoreBehaviour, IClassFixture<PostgresDatabase>
{
    protected override IBlobStore Store { get; } = new PostgresBlobStore(database.DataSource);

    [Fact]
    public async Task Schema_script_can_be_applied_again()
    {
        var blob = await Store.PutAsync(new SeededStream(30, 1000), CancellationToken.None);

        await database.ApplySchemaAsync();

        Assert.Equal(blob, await Store.StatAsync(blob.Sha256Hex, CancellationToken.None));
    }

    [Fact]
    public async Task Blob_is_stored_as_one_mebibyte_chunks_under_its_hash()
    {
        var blob = await Store.PutAsync(new SeededStream(31, (2L << 20) + 1), CancellationToken.None);

        await using var command = database.DataSource.CreateCommand(
            $"SELECT array_agg(octet_length(data) ORDER BY seq) FROM {PostgresBlobStore.ChunksTable} WHERE hash = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = blob.Sha256Hex });

        var chunkSizes = (int[])(await command.ExecuteScalarAsync())!;

        Assert.Equal(new[] { 1 << 20, 1 << 20, 1 }, chunkSizes);
    }

    protected override async Task FlipStoredByteAsync(string sha256Hex, long offset)
    {
        await using var command = database.DataSource.CreateCommand(
            $"UPDATE {PostgresBlobStore.ChunksTable} SET data = set_byte(data, $3, get_byte(data, $3) # 255) WHERE hash = $1 AND seq = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256Hex });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)(offset / PostgresBlobStore.ChunkSize) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)(offset % PostgresBlobStore.ChunkSize) });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override async Task<(long Entries, long Bytes)> FootprintAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT (SELECT count(*) FROM {PostgresBlobStore.BlobsTable}) + (SELECT count(*) FROM {PostgresBlobStore.ChunksTable}), " +
            $"(SELECT coalesce(sum(octet_length(data)), 0) FROM {PostgresBlobStore.ChunksTable})::bigint");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
