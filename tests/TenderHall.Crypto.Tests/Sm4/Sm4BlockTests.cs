using System.Buffers.Binary;
using System.Numerics;
using System.Reflection;
using System.Runtime.Intrinsics;
using CsCheck;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Crypto.Tests.Sm4;

public sealed class Sm4BlockTests
{
    [Fact]
    public void Simd_block_function_matches_gbt32907_appendix_a()
    {
        foreach (var v in Sm4Vectors.Load().Where(e => !e.TryGetProperty("mode", out _)))
        {
            using var sm4 = new Sm4Gcm(v.Hex("key"), Sm4Path.AesNi);
            var block = v.Hex("plaintext");
            var iterations = v.TryGetProperty("iterations", out var count) ? count.GetInt32() : 1;
            for (var i = 0; i < iterations; i++)
                sm4.EncryptBlocks(block, block);
            Assert.Equal(v.Hex("ciphertext"), block);
        }
    }

    [Fact]
    public void Simd_block_function_matches_bouncycastle_for_random_keys_and_block_counts()
    {
        // Up to 40 blocks crosses the 16-block batch twice; every key exercises the key schedule's S-box on new bytes.
        Gen.Select(Gen.Byte.Array[16], Gen.Int[1, 40], Gen.Byte.Array[640]).Sample((key, blocks, data) =>
        {
            var input = data.AsSpan(0, blocks * 16).ToArray();
            var expected = new byte[input.Length];
            var engine = new SM4Engine();
            engine.Init(true, new KeyParameter(key));
            for (var offset = 0; offset < input.Length; offset += 16)
                engine.ProcessBlock(input, offset, expected, offset);

            using var sm4 = new Sm4Gcm(key, Sm4Path.AesNi);
            var actual = new byte[input.Length];
            sm4.EncryptBlocks(input, actual);
            Assert.Equal(expected, actual);
        }, iter: 300);
    }

    [Fact]
    public void Simd_round_function_matches_the_sm4_sbox_and_linear_map_for_every_byte_in_every_position()
    {
        // BouncyCastle's S-box table is the reference (private, read once here).
        var sbox = (byte[])typeof(SM4Engine).GetField("Sbox", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        for (var value = 0; value < 256; value++)
        {
            for (var position = 0; position < 4; position++)
            {
                // Lanes hold the byte in one position and distinct neighbours, so a mixed-up byte order shows.
                var words = new uint[8];
                var expected = new uint[8];
                for (var lane = 0; lane < 8; lane++)
                {
                    var bytes = new byte[] { (byte)(lane * 37), (byte)(lane * 91 + 1), (byte)(lane * 13 + 7), (byte)(lane * 201 + 3) };
                    bytes[position] = (byte)value;
                    words[lane] = BinaryPrimitives.ReadUInt32BigEndian(bytes);
                    var b = BinaryPrimitives.ReadUInt32BigEndian([sbox[bytes[0]], sbox[bytes[1]], sbox[bytes[2]], sbox[bytes[3]]]);
                    expected[lane] = b ^ BitOperations.RotateLeft(b, 2) ^ BitOperations.RotateLeft(b, 10) ^ BitOperations.RotateLeft(b, 18) ^ BitOperations.RotateLeft(b, 24);
                }

                var actual = new uint[8];
                Sm4Lanes.T(Vector256.Create(words)).CopyTo(actual);
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void Simd_block_function_refuses_partial_blocks()
    {
        using var sm4 = new Sm4Gcm(new byte[16], Sm4Path.AesNi);
        Assert.Throws<ArgumentException>(() => sm4.EncryptBlocks(new byte[17], new byte[32]));
    }
}
