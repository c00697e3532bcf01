using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using TenderHall.Crypto.Custody;

namespace TenderHall.Benchmarks.Custody;

/// <summary>Shamir 3-of-5 split and combine of a 32-byte opening key.</summary>
public class ShamirBenchmarks
{
    private readonly byte[] secret = RandomNumberGenerator.GetBytes(32);
    private SecretShare[] shares = null!;

    /// <summary>Prepares three shares to combine.</summary>
    [GlobalSetup]
    public void Setup() => shares = [.. Shamir.Split(secret, 3, 5).Take(3)];

    /// <summary>Split into five shares, threshold three.</summary>
    [Benchmark]
    public IReadOnlyList<SecretShare> Split() => Shamir.Split(secret, 3, 5);

    /// <summary>Combine three shares.</summary>
    [Benchmark]
    public byte[] Combine() => Shamir.Combine(shares);
}
