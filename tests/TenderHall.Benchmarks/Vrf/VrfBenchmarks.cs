using BenchmarkDotNet.Attributes;
using TenderHall.Crypto.Vrf;

namespace TenderHall.Benchmarks.Vrf;

/// <summary>ECVRF-EDWARDS25519-SHA512-TAI prove and verify.</summary>
public class VrfBenchmarks
{
    private readonly byte[] secretKey = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private readonly byte[] alpha = "expert draw T-2026-0042"u8.ToArray();
    private byte[] publicKey = null!;
    private byte[] proof = null!;

    /// <summary>Computes the key and a proof to verify.</summary>
    [GlobalSetup]
    public void Setup()
    {
        publicKey = Ecvrf.PublicKey(secretKey);
        proof = Ecvrf.Prove(secretKey, alpha);
    }

    /// <summary>Prove (three constant-time scalar multiplications).</summary>
    [Benchmark]
    public byte[] Prove() => Ecvrf.Prove(secretKey, alpha);

    /// <summary>Verify and output beta.</summary>
    [Benchmark]
    public bool Verify() => Ecvrf.Verify(publicKey, proof, alpha, out _);
}
