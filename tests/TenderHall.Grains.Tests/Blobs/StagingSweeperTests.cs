using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

public sealed class StagingSweeperTests : IDisposable
{
    private readonly TempDirectory dataDir = new();

    [Fact]
    public async Task An_upload_never_accepted_is_swept_once_older_than_the_limit_by_the_platform_clock_and_an_accepted_one_never()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new FileBlobStore(dataDir.Path);
        var sweeper = new StagingSweeper(store, new PlatformClock(clock), new StagingOptions { MaxAge = TimeSpan.FromHours(6) }, NullLogger<StagingSweeper>.Instance);
        var abandoned = await store.StageAsync(new SeededStream(51, 2000), clock.GetUtcNow(), CancellationToken.None);
        var counted = await store.StageAsync(new SeededStream(52, 2000), clock.GetUtcNow(), CancellationToken.None);
        await store.AcceptAsync(counted.Sha256Hex, CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        Assert.True(await store.ExistsAsync(abandoned.Sha256Hex, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await sweeper.SweepAsync(CancellationToken.None));
        Assert.False(await store.ExistsAsync(abandoned.Sha256Hex, CancellationToken.None));

        clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
        Assert.True(await store.ExistsAsync(counted.Sha256Hex, CancellationToken.None));
    }

    public void Dispose() => dataDir.Dispose();
}
