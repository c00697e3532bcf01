using System.Security.Cryptography;
using TenderHall.Crypto.Envelopes;

namespace TenderHall.Crypto.Tests.Envelopes;

/// <summary>
/// Sealing's pipeline runs no more segments at once than the cipher takes, on the pool however large it has grown, and
/// hashes the frames in envelope order however the segments finish.
/// </summary>
public sealed class SealPipelineTests
{
    private const int Size = 1024;
    private const int Segments = 24;

    /// <summary>Copies the text as its "ciphertext", counting how many calls run at once; odd segments take longer, so later ones finish first.</summary>
    private sealed class CountingCipher(int concurrent) : SegmentCipher
    {
        private int running;
        private int most;

        public int Most => Volatile.Read(ref most);

        public override int ConcurrentSegments => concurrent;

        public override bool EncryptsInPlace => true;

        public override void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, ReadOnlySpan<byte> associatedData)
        {
            var now = Interlocked.Increment(ref running);
            for (var seen = Volatile.Read(ref most); now > seen; seen = Volatile.Read(ref most))
                Interlocked.CompareExchange(ref most, now, seen);
            Thread.Sleep(nonce[10] % 2 == 1 ? 15 : 1);
            plaintext.CopyTo(output);
            output.Slice(plaintext.Length, TagLength).Fill(nonce[10]);
            Interlocked.Decrement(ref running);
        }

        public override bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, ReadOnlySpan<byte> associatedData) =>
            throw new NotSupportedException();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Segments_run_at_most_as_many_at_once_as_the_cipher_takes_and_are_hashed_in_envelope_order(int concurrent)
    {
        using var cipher = new CountingCipher(concurrent);
        var header = new EnvelopeHeader(CryptoSuite.Gm, EnvelopePolicy.OpeningKey, Size, new byte[EnvelopeHeader.NoncePrefixLength], "T", "B", []);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var pipeline = new SealPipeline(cipher, header, hash);
        var slots = new List<SealSlot>();
        // Threads to spare, so that only the pipeline limits how many segments run at once (the test host's own blocked
        // threads otherwise leave one, and the pool adds more only every half second).
        ThreadPool.GetMinThreads(out var workerThreads, out var ioThreads);
        ThreadPool.SetMinThreads(Math.Max(workerThreads, 16), ioThreads);
        try
        {
            // All queued at once, more than the pool has threads to spare, as a large envelope's window would be.
            for (var i = 0; i < Segments; i++)
            {
                var slot = new SealSlot(Size, cipher.EncryptsInPlace);
                slots.Add(slot);
                await slot.ReadAsync(new MemoryStream(Enumerable.Repeat((byte)i, Size).ToArray()), CancellationToken.None);
                _ = pipeline.Start(slot, (uint)i, final: i == Segments - 1);
            }

            await Task.WhenAll(slots.Select(s => s.Hashed));

            Assert.InRange(cipher.Most, 1, concurrent);
            using var expected = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var slot in slots) expected.AppendData(slot.Frame.AsSpan(0, slot.FrameLength));
            Assert.Equal(expected.GetHashAndReset(), hash.GetHashAndReset());
        }
        finally
        {
            ThreadPool.SetMinThreads(workerThreads, ioThreads);
            foreach (var slot in slots) slot.Dispose();
        }
    }
}
