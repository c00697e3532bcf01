using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Selection;

/// <summary>
/// Uniform draws from a VRF output: SHA-512 counter-mode word stream, rejection sampling (no modulo bias), Fisher–Yates.
/// Specified byte by byte in docs/crypto.md so anyone can re-run a draw.
/// </summary>
public static class UnbiasedSelection
{
    /// <summary>Domain separator hashed before beta (ASCII, 23 bytes).</summary>
    public const string DomainSeparator = "TenderHall/selection/v1";

    /// <summary>Picks <paramref name="count"/> distinct indices of 0..population-1, in draw order.</summary>
    public static int[] Sample(ReadOnlySpan<byte> beta, int population, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (count < 0 || count > population)
            throw new ArgumentOutOfRangeException(nameof(count), count, "The sample size must be between 0 and the population.");
        var items = Enumerable.Range(0, population).ToArray();
        var stream = new WordStream(beta);
        for (var i = 0; i < count; i++)
        {
            var j = i + (int)stream.Uniform((uint)(population - i));
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items[..count];
    }

    /// <summary>A uniformly random permutation of 0..n-1.</summary>
    public static int[] Permutation(ReadOnlySpan<byte> beta, int n) => Sample(beta, n, n);

    /// <summary>Words w0, w1, ... : big-endian uint32s of SHA-512(separator || beta || uint64_be(0)) || SHA-512(... || uint64_be(1)) || ...</summary>
    private sealed class WordStream
    {
        private readonly byte[] input;
        private readonly byte[] block = new byte[64];
        private ulong counter;
        private int offset = 64;

        public WordStream(ReadOnlySpan<byte> beta)
        {
            if (beta.Length != 64)
                throw new ArgumentException("Beta is the 64-byte ECVRF output.", nameof(beta));
            input = [.. System.Text.Encoding.ASCII.GetBytes(DomainSeparator), .. beta, 0, 0, 0, 0, 0, 0, 0, 0];
        }

        // Accept w only below the largest multiple of bound that fits in 2^32, so w mod bound is exactly uniform.
        public uint Uniform(uint bound)
        {
            var limit = (uint)(0x1_0000_0000UL - (0x1_0000_0000UL % bound));
            while (true)
            {
                var word = Next();
                if (limit == 0 || word < limit)
                    return word % bound;
            }
        }

        private uint Next()
        {
            if (offset == 64)
            {
                BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(input.Length - 8), counter++);
                SHA512.HashData(input, block);
                offset = 0;
            }

            var word = BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(offset));
            offset += 4;
            return word;
        }
    }
}
