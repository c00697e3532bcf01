using System.Text.Json;
using TenderHall.Crypto.Custody;

namespace TenderHall.Crypto.Tests.Custody;

public sealed class ShamirTests
{
    [Fact]
    public void Fixed_coefficients_reproduce_every_aes_field_vector()
    {
        foreach (var v in AesFieldVectors())
        {
            var coefficients = v.GetProperty("coefficients_by_degree").EnumerateArray().Select(c => Convert.FromHexString(c.GetString()!)).ToArray();
            var shares = Shamir.Evaluate(coefficients, v.GetProperty("shares_n").GetInt32());
            var expected = v.GetProperty("shares").EnumerateArray().ToArray();
            Assert.Equal(expected.Length, shares.Count);
            for (var i = 0; i < shares.Count; i++)
            {
                Assert.Equal(expected[i].GetProperty("x").GetInt32(), shares[i].X);
                Assert.Equal(expected[i].Hex("y"), shares[i].Y);
            }
        }
    }

    [Fact]
    public void Any_threshold_subset_of_vector_shares_rebuilds_the_vector_secret()
    {
        foreach (var v in AesFieldVectors())
        {
            var shares = v.GetProperty("shares").EnumerateArray().Select(s => new SecretShare((byte)s.GetProperty("x").GetInt32(), s.Hex("y"))).ToArray();
            foreach (var subset in Subsets(shares.Length, v.GetProperty("threshold_m").GetInt32()))
                Assert.Equal(v.Hex("secret"), Shamir.Combine([.. subset.Select(i => shares[i])]));
        }
    }

    [Fact]
    public void Field_arithmetic_matches_the_vault_unit_cases()
    {
        foreach (var c in TestVectors.Load("shamir-gf256.json").GetProperty("vault_field_unit_tests").GetProperty("cases").EnumerateArray())
        {
            byte a = (byte)c.GetProperty("a").GetInt32(), b = (byte)c.GetProperty("b").GetInt32();
            var result = c.Text("op") switch
            {
                "mult" => Gf256.Multiply(a, b),
                "div" => Gf256.Divide(a, b),
                _ => Gf256.Add(a, b),
            };
            Assert.Equal(c.GetProperty("result").GetInt32(), result);
        }
    }

    [Fact]
    public void Every_nonzero_element_times_its_inverse_is_one()
    {
        for (var a = 1; a < 256; a++)
            Assert.Equal(1, Gf256.Multiply((byte)a, Gf256.Inverse((byte)a)));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(5, 7)]
    public void Any_k_of_n_shares_rebuild_the_key_and_no_k_minus_1_do(int k, int n)
    {
        var secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var shares = Shamir.Split(secret, k, n);
        foreach (var subset in Subsets(n, k))
            Assert.Equal(secret, Shamir.Combine([.. subset.Select(i => shares[i])]));
        foreach (var subset in Subsets(n, k - 1))
            Assert.NotEqual(secret, Shamir.Combine([.. subset.Select(i => shares[i])]));
    }

    [Fact]
    public void With_k_minus_1_shares_every_secret_byte_value_remains_possible()
    {
        // Perfect secrecy, checked exhaustively for k = 2: one share is consistent with each of the 256 secrets.
        var share = Shamir.Split([0x42], 2, 3)[0];
        var candidates = new HashSet<byte>();
        for (var secret = 0; secret < 256; secret++)
        {
            // The slope that would map this secret to the observed share: a1 = (y - s) / x.
            var slope = Gf256.Divide((byte)(share.Y[0] ^ secret), share.X);
            var evaluated = Shamir.Evaluate([[(byte)secret], [slope]], share.X)[share.X - 1];
            if (evaluated.Y[0] == share.Y[0])
                candidates.Add((byte)secret);
        }

        Assert.Equal(256, candidates.Count);
    }

    [Fact]
    public void Duplicate_x_and_mixed_lengths_are_refused()
    {
        var shares = Shamir.Split([1, 2, 3], 2, 3);
        Assert.Throws<CryptographicFormatException>(() => Shamir.Combine([shares[0], shares[0]]));
        Assert.Throws<CryptographicFormatException>(() => Shamir.Combine([shares[0], new SecretShare(2, [1])]));
    }

    [Fact]
    public void Share_encoding_is_x_then_y()
    {
        var share = new SecretShare(7, [0xAA, 0xBB]);
        Assert.Equal([7, 0xAA, 0xBB], share.Encode());
        var decoded = SecretShare.Decode(share.Encode());
        Assert.Equal(share.X, decoded.X);
        Assert.Equal(share.Y, decoded.Y);
    }

    internal static IEnumerable<int[]> Subsets(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var first = 0; first <= n - k; first++)
        {
            foreach (var rest in Subsets(n - first - 1, k - 1))
                yield return [first, .. rest.Select(r => r + first + 1)];
        }
    }

    private static IEnumerable<JsonElement> AesFieldVectors() =>
        TestVectors.Load("shamir-gf256.json").GetProperty("vectors").EnumerateArray().Where(v => v.Text("polynomial") == "0x11b");
}
