using System.Text;
using TenderHall.Crypto.Hashing;

namespace TenderHall.Crypto.Tests.Hashing;

public sealed class DigestTests
{
    [Fact]
    public void Sm3_matches_every_known_answer_vector()
    {
        foreach (var v in TestVectors.Load("sm3.json").GetProperty("vectors").EnumerateArray())
        {
            var message = v.TryGetProperty("message_ascii", out var ascii)
                ? Encoding.ASCII.GetBytes(ascii.GetString()!)
                : Encoding.ASCII.GetBytes(new string(v.GetProperty("message_ascii_repeat").Text("char")[0], v.GetProperty("message_ascii_repeat").GetProperty("count").GetInt32()));
            Assert.Equal(v.Hex("digest"), Digests.Sm3(message));
        }
    }

    [Fact]
    public void Suite_hash_is_sm3_for_gm_and_sha256_for_international()
    {
        var abc = "abc"u8;
        Assert.Equal(Digests.Sm3(abc), Digests.Hash(CryptoSuite.Gm, abc));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Digests.Hash(CryptoSuite.International, abc)));
    }
}
