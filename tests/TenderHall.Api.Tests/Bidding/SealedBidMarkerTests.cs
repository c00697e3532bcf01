using System.Text;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class SealedBidMarkerTests(PlatformFactory platform)
{
    [Fact]
    public async Task No_byte_of_any_bids_plaintext_is_anywhere_in_the_database_or_the_blob_store()
    {
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        for (var i = 0; i < 3; i++)
        {
            using var bidder = await BidderKit.Join(s, platform.Services, "bidder-mk" + i);
            var envelope = await bidder.Seal($"{1000 + i}.00", $"{marker} 投标报价明细 {marker}");
            TenderScenario.Ok(await bidder.Submit(envelope));
        }

        // Every file the platform wrote: the SQLite database with its WAL, blobs, upload chunks, keys.
        var needles = new[] { Encoding.UTF8.GetBytes(marker), Encoding.Unicode.GetBytes(marker) };
        // The instance lock is empty and held exclusively while the platform runs.
        var files = Directory.EnumerateFiles(platform.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != Hosting.InstanceGuard.LockFileName).ToList();
        Assert.Contains(files, f => f.EndsWith("tenderhall.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}blobs{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                await stream.ReadExactlyAsync(bytes);
            }

            foreach (var needle in needles) Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"the bid marker was found in {file}");
        }
    }
}
