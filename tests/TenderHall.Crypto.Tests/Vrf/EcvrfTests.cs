using System.Text.Json;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Crypto.Tests.Vrf;

public sealed class EcvrfTests
{
    public static TheoryData<string> VectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var v in Vectors())
            data.Add(v.Text("name"));
        return data;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Prove_reproduces_the_rfc9381_proof_and_output(string name)
    {
        var v = Vector(name);
        Assert.Equal(v.Hex("pk"), Ecvrf.PublicKey(v.Hex("sk")));
        var proof = Ecvrf.Prove(v.Hex("sk"), v.Hex("alpha"));
        Assert.Equal(Convert.ToHexStringLower(v.Hex("pi")), Convert.ToHexStringLower(proof));
        Assert.Equal(v.Hex("beta"), Ecvrf.ProofToHash(proof));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verify_accepts_the_rfc9381_proof_and_returns_beta(string name)
    {
        var v = Vector(name);
        Assert.True(Ecvrf.Verify(v.Hex("pk"), v.Hex("pi"), v.Hex("alpha"), out var beta));
        Assert.Equal(v.Hex("beta"), beta);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verify_refuses_a_proof_for_another_input_or_with_any_flipped_bit(string name)
    {
        var v = Vector(name);
        Assert.False(Ecvrf.Verify(v.Hex("pk"), v.Hex("pi"), [.. v.Hex("alpha"), 0x00], out _));
        var proof = v.Hex("pi");
        for (var bit = 0; bit < proof.Length * 8; bit += 7)
        {
            var tampered = (byte[])proof.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Ecvrf.Verify(v.Hex("pk"), tampered, v.Hex("alpha"), out _));
        }
    }

    [Fact]
    public void Verify_refuses_a_proof_under_another_public_key()
    {
        var all = Vectors().ToArray();
        Assert.False(Ecvrf.Verify(all[1].Hex("pk"), all[0].Hex("pi"), all[0].Hex("alpha"), out _));
    }

    private static IEnumerable<JsonElement> Vectors() =>
        TestVectors.Load("rfc9381-ecvrf-edwards25519-sha512-tai.json").GetProperty("vectors").EnumerateArray();

    private static JsonElement Vector(string name) => Vectors().Single(v => v.Text("name") == name);
}
