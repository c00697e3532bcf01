using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

/// <summary>Puts and reads back a 300 MiB blob, and checks that the store streamed it rather than holding it in memory.</summary>
public static class LargeBlobRoundTrip
{
    public const long Size = 300L << 20;

    /// <summary>Far below the blob's size: a store that buffered the blob, even a fraction of it, would exceed it.</summary>
    public const long AllocationBudget = 64L << 20;

    public static async Task AssertStreamedAsync(IBlobStore store, ulong seed)
    {
        var expected = Convert.ToHexStringLower(await SHA256.HashDataAsync(new SeededStream(seed, Size)));
        using var readHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81_920];

        // Bytes allocated are an upper bound on managed heap growth, and unlike a heap snapshot they
        // cannot miss a peak between two garbage collections. Process-wide, hence the lone collection.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var blob = await store.PutAsync(new SeededStream(seed, Size), CancellationToken.None);
        long readBytes = 0;
        await using (var read = await store.OpenReadAsync(blob.Sha256Hex, CancellationToken.None))
        {
            int n;
            while ((n = await read!.ReadAsync(buffer)) > 0)
            {
                readHash.AppendData(buffer, 0, n);
                readBytes += n;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(new BlobRef(expected, Size), blob);
        Assert.Equal(Size, readBytes);
        Assert.Equal(expected, Convert.ToHexStringLower(readHash.GetHashAndReset()));
        Assert.True(
            allocated < AllocationBudget,
            $"Putting and reading a {Size >> 20} MiB blob allocated {allocated >> 20} MiB of managed memory; the budget is {AllocationBudget >> 20} MiB.");
    }
}
