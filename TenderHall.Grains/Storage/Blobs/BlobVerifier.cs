using System.Buffers;
using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Re-hashes a blob's raw bytes for <see cref="IBlobStore.VerifyAsync"/>, shared by every store.</summary>
internal static class BlobVerifier
{
    private const int BufferSize = 1 << 20;

    public static async Task<BlobVerification> VerifyAsync(string sha256Hex, Stream? raw, long? recordedSize, CancellationToken ct)
    {
        if (raw is null)
        {
            return new BlobVerification(sha256Hex, BlobIntegrity.Missing, null, null);
        }

        await using (raw)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                long size = 0;
                int read;
                while ((read = await raw.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    size += read;
                }

                var actual = BlobName.FromHash(hash.GetHashAndReset());
                // A store that records the size apart from the bytes (a row) is corrupt when the two disagree.
                var intact = actual == sha256Hex && (recordedSize is null || recordedSize == size);
                var integrity = intact ? BlobIntegrity.Intact : BlobIntegrity.Corrupt;
                return new BlobVerification(sha256Hex, integrity, actual, size);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
