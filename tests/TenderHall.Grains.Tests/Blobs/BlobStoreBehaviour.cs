using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

/// <summary>What every <see cref="IBlobStore"/> must do; each store's test class inherits these facts.</summary>
public abstract class BlobStoreBehaviour
{
    // Not a multiple of 1 MiB, so chunked stores see a partial last chunk.
    private const long MultiChunkSize = (3L << 20) + 12_345;

    protected abstract IBlobStore Store { get; }

    /// <summary>Inverts one stored byte behind the store's back, as bit rot or tampering would.</summary>
    protected abstract Task FlipStoredByteAsync(string sha256Hex, long offset);

    /// <summary>Everything the store holds, finished or not: entries (files or rows) and content bytes.</summary>
    protected abstract Task<(long Entries, long Bytes)> FootprintAsync();

    [Fact]
    public async Task A_staged_upload_reads_like_a_blob_and_is_swept_once_old_unless_accepted()
    {
        var ct = CancellationToken.None;
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var refused = await Store.StageAsync(new SeededStream(41, 5000), start, ct);
        var accepted = await Store.StageAsync(new SeededStream(42, 5000), start, ct);
        var recent = await Store.StageAsync(new SeededStream(43, 5000), start.AddHours(2), ct);
        Assert.Equal(refused, await Store.StatAsync(refused.Sha256Hex, ct));
        await Store.AcceptAsync(accepted.Sha256Hex, ct);

        Assert.Equal(1, await Store.SweepStagedAsync(start.AddHours(1), ct));

        Assert.False(await Store.ExistsAsync(refused.Sha256Hex, ct));
        Assert.True(await Store.ExistsAsync(recent.Sha256Hex, ct));
        Assert.Equal(1, await Store.SweepStagedAsync(start.AddDays(30), ct));
        Assert.False(await Store.ExistsAsync(recent.Sha256Hex, ct));
        Assert.Equal(BlobIntegrity.Intact, (await Store.VerifyAsync(accepted.Sha256Hex, ct)).Integrity);
    }

    [Fact]
    public async Task Content_put_for_good_is_never_swept_whether_staged_before_or_after()
    {
        var ct = CancellationToken.None;
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var stagedFirst = await Store.StageAsync(new SeededStream(44, 3000), start, ct);
        await Store.PutAsync(new SeededStream(44, 3000), ct);
        var putFirst = await Store.PutAsync(new SeededStream(45, 3000), ct);
        await Store.StageAsync(new SeededStream(45, 3000), start, ct);

        Assert.Equal(0, await Store.SweepStagedAsync(start.AddDays(30), ct));
        Assert.True(await Store.ExistsAsync(stagedFirst.Sha256Hex, ct));
        Assert.True(await Store.ExistsAsync(putFirst.Sha256Hex, ct));
    }

    [Fact]
    public async Task Accepting_an_upload_that_is_not_stored_fails_as_storage_does()
    {
        var swept = await Store.StageAsync(new SeededStream(46, 100), new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        await Store.SweepStagedAsync(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => Store.AcceptAsync(swept.Sha256Hex, CancellationToken.None));
    }

    [Fact]
    public async Task Put_returns_the_sha256_and_size_of_the_content()
    {
        var blob = await Store.PutAsync(new SeededStream(1, MultiChunkSize), CancellationToken.None);

        Assert.Equal(new BlobRef(await IndependentSha256Async(1, MultiChunkSize), MultiChunkSize), blob);
    }

    [Fact]
    public async Task Read_returns_the_bytes_that_were_put()
    {
        var blob = await Store.PutAsync(new SeededStream(2, MultiChunkSize), CancellationToken.None);

        await using var read = await Store.OpenReadAsync(blob.Sha256Hex, CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        using var expected = new MemoryStream();
        await new SeededStream(2, MultiChunkSize).CopyToAsync(expected);
        Assert.Equal(expected.ToArray(), copy.ToArray());
    }

    [Fact]
    public async Task Empty_content_is_stored_under_the_sha256_of_nothing()
    {
        var blob = await Store.PutAsync(Stream.Null, CancellationToken.None);

        Assert.Equal(new BlobRef(Convert.ToHexStringLower(SHA256.HashData([])), 0), blob);
        Assert.Equal(blob, await Store.StatAsync(blob.Sha256Hex, CancellationToken.None));
        await using var read = await Store.OpenReadAsync(blob.Sha256Hex, CancellationToken.None);
        Assert.Equal(0, await read!.ReadAsync(new byte[16]));
    }

    [Fact]
    public async Task Stored_blob_exists_and_states_its_size()
    {
        var blob = await Store.PutAsync(new SeededStream(3, 1000), CancellationToken.None);

        Assert.True(await Store.ExistsAsync(blob.Sha256Hex, CancellationToken.None));
        Assert.Equal(blob, await Store.StatAsync(blob.Sha256Hex, CancellationToken.None));
    }

    [Fact]
    public async Task Identical_puts_store_one_copy_and_return_the_same_ref()
    {
        var before = await FootprintAsync();
        var first = await Store.PutAsync(new SeededStream(4, MultiChunkSize), CancellationToken.None);
        var afterFirst = await FootprintAsync();

        var second = await Store.PutAsync(new SeededStream(4, MultiChunkSize), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(MultiChunkSize, afterFirst.Bytes - before.Bytes);
        Assert.Equal(afterFirst, await FootprintAsync());
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_store_one_copy()
    {
        var before = await FootprintAsync();

        var blobs = await Task.WhenAll(Enumerable.Range(0, 4).Select(
            _ => Task.Run(() => Store.PutAsync(new SeededStream(5, MultiChunkSize), CancellationToken.None))));

        Assert.Single(blobs.Distinct());
        Assert.Equal(MultiChunkSize, (await FootprintAsync()).Bytes - before.Bytes);
        Assert.Equal(BlobIntegrity.Intact, (await Store.VerifyAsync(blobs[0].Sha256Hex, CancellationToken.None)).Integrity);
    }

    [Fact]
    public async Task Intact_blob_is_reported_intact_by_verify()
    {
        var blob = await Store.PutAsync(new SeededStream(6, MultiChunkSize), CancellationToken.None);

        var verification = await Store.VerifyAsync(blob.Sha256Hex, CancellationToken.None);

        Assert.Equal(new BlobVerification(blob.Sha256Hex, BlobIntegrity.Intact, blob.Sha256Hex, blob.Size), verification);
    }

    [Fact]
    public async Task Changed_stored_byte_fails_the_read_with_expected_and_actual_hash()
    {
        var blob = await Store.PutAsync(new SeededStream(7, MultiChunkSize), CancellationToken.None);
        await FlipStoredByteAsync(blob.Sha256Hex, (1L << 20) + 77);

        await using var read = await Store.OpenReadAsync(blob.Sha256Hex, CancellationToken.None);
        var corrupted = await Assert.ThrowsAsync<BlobCorruptedException>(() => read!.CopyToAsync(Stream.Null));

        Assert.Equal(blob.Sha256Hex, corrupted.ExpectedSha256Hex);
        Assert.NotEqual(blob.Sha256Hex, corrupted.ActualSha256Hex);
        Assert.Matches("^[0-9a-f]{64}$", corrupted.ActualSha256Hex);
    }

    [Fact]
    public async Task Changed_stored_byte_is_reported_corrupt_by_verify()
    {
        var blob = await Store.PutAsync(new SeededStream(8, MultiChunkSize), CancellationToken.None);
        await FlipStoredByteAsync(blob.Sha256Hex, MultiChunkSize - 1);

        var verification = await Store.VerifyAsync(blob.Sha256Hex, CancellationToken.None);

        Assert.Equal(BlobIntegrity.Corrupt, verification.Integrity);
        Assert.NotEqual(blob.Sha256Hex, verification.ActualSha256Hex);
        Assert.Equal(blob.Size, verification.ActualSize);
    }

    [Fact]
    public async Task Missing_blob_is_absent_and_reported_missing()
    {
        var absent = await IndependentSha256Async(9, 10);

        Assert.Null(await Store.OpenReadAsync(absent, CancellationToken.None));
        Assert.False(await Store.ExistsAsync(absent, CancellationToken.None));
        Assert.Null(await Store.StatAsync(absent, CancellationToken.None));
        Assert.Equal(new BlobVerification(absent, BlobIntegrity.Missing, null, null), await Store.VerifyAsync(absent, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("../../../../../../../../../../../../../../../../../../../../etc/passwd")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8/.")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85 ")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8５")]
    public async Task Name_that_is_not_64_lowercase_hex_digits_is_refused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.StatAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.VerifyAsync(name, CancellationToken.None));
    }

    [Fact]
    public async Task Cancelled_put_leaves_no_partial_blob()
    {
        var before = await FootprintAsync();
        using var cancellation = new CancellationTokenSource();
        var upload = new CancellingStream(new SeededStream(10, MultiChunkSize), cancelAfterBytes: 2L << 20, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.PutAsync(upload, cancellation.Token));

        Assert.Equal(before, await FootprintAsync());
        Assert.False(await Store.ExistsAsync(await IndependentSha256Async(10, MultiChunkSize), CancellationToken.None));
    }

    /// <summary>SHA-256 of the seeded content computed by the framework, not by any store code.</summary>
    protected static async Task<string> IndependentSha256Async(ulong seed, long length) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(new SeededStream(seed, length)));
}
