using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using TenderHall.Crypto.Draw;
using TenderHall.Crypto.Vrf;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Experts;
using TenderHall.Grains.Registry;

namespace TenderHall.Benchmarks.Experts;

/// <summary>
/// The expert draw over a database of 100,000 experts (docs/performance.md): freezing the pool (recusal filters and
/// pseudonyms, at request time), the draw itself (pool hash, seed, ECVRF proof, selection) and its verification, each
/// against the same run's ECVRF proof alone.
/// </summary>
[MemoryDiagnoser]
public class ExpertDrawBenchmarks
{
    private const int Experts = 100_000;
    private readonly byte[] vrfSecret = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] pseudonymKey = RandomNumberGenerator.GetBytes(32);
    private readonly RecusalFilter filter = new(new ExpertPolicy());
    private readonly DrawRequest request = new() { CommitteeSize = 7, TendereeSeats = 2, Seats = [new() { Specialty = "A01", Seats = 3, Backups = 3 }, new() { Specialty = "B01", Seats = 2, Backups = 2 }] };
    private readonly byte[] root = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] contribution = RandomNumberGenerator.GetBytes(32);
    private List<ExpertProfile> database = null!;
    private RecusalContext context = null!;
    private Dictionary<string, SpecialtyPool> pools = null!;
    private PoolSnapshot frozen = null!;
    private byte[] publicKey = null!;
    private byte[] alpha = null!;
    private byte[] proof = null!;
    private IReadOnlyList<SeatRequest> seats = null!;

    /// <summary>Builds the database: every expert in two of the ten specialties, a few employed by a bidder, suspended or penalised.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        var codes = Specialties.All.Keys.Order(StringComparer.Ordinal).ToArray();
        var bidder = Code(0);
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        database = [.. Enumerable.Range(0, Experts).Select(i => new ExpertProfile
        {
            Id = $"expert-{i:D6}", Name = "专家", Specialties = [codes[i % codes.Length], codes[(i / codes.Length) % codes.Length]],
            EmployerCreditCode = i % 97 == 0 ? bidder : Code(1 + (i % 500)), Status = i % 89 == 0 ? ExpertStatus.Suspended : ExpertStatus.Active,
            Penalties = i % 211 == 0 ? [new Penalty { At = now.AddYears(-1), Reason = "x" }] : [], Region = "460100",
        })];
        context = new RecusalContext(new HashSet<string> { bidder, Code(9999) }, "agency-1", now.AddDays(1), now, []);
        seats = [.. request.Seats.Select(s => new SeatRequest(s.Specialty, s.Seats, s.Backups))];
        // The pools as the pool grains hold them, maintained as experts change (here: filled once).
        pools = request.Seats.ToDictionary(s => s.Specialty, s => new SpecialtyPool(s.Specialty));
        foreach (var expert in database)
            foreach (var pool in pools.Values) pool.Update(expert);
        frozen = await Freeze();
        publicKey = Ecvrf.PublicKey(vrfSecret);
        alpha = DrawHashing.Alpha("T-1", DrawHashing.PoolHash(frozen.Pool), DrawHashing.Seed(root, contribution));
        proof = Ecvrf.Prove(vrfSecret, alpha);
    }

    /// <summary>The ECVRF proof alone: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public byte[] ProofAlone() => Ecvrf.Prove(vrfSecret, alpha);

    /// <summary>
    /// Freezing the pool at request time from the maintained specialty pools: the recusal filters over every expert of the
    /// requested specialties, a salted pseudonym for each eligible one, sorted, and the parts merged.
    /// </summary>
    [Benchmark]
    public async Task<int> FreezePool() => (await Freeze()).Members.Count;

    /// <summary>The draw: pool hash, seed, alpha, ECVRF proof and the selection of members and backups.</summary>
    [Benchmark]
    public int Draw()
    {
        var poolHash = DrawHashing.PoolHash(frozen.Pool);
        var input = DrawHashing.Alpha("T-1", poolHash, DrawHashing.Seed(root, contribution));
        return CommitteeSelection.Select(Ecvrf.ProofToHash(Ecvrf.Prove(vrfSecret, input)), frozen.Pool, seats).Count;
    }

    /// <summary>What a verifier re-runs: pool hash, seed, alpha, ECVRF verification and the selection.</summary>
    [Benchmark]
    public int Verify()
    {
        var poolHash = DrawHashing.PoolHash(frozen.Pool);
        var input = DrawHashing.Alpha("T-1", poolHash, DrawHashing.Seed(root, contribution));
        return Ecvrf.Verify(publicKey, proof, input, out var beta) ? CommitteeSelection.Select(beta, frozen.Pool, seats).Count : -1;
    }

    // As the draw asks its specialties' pool grains: all at once, each on its own thread.
    private async Task<PoolSnapshot> Freeze()
    {
        var parts = await Task.WhenAll(pools.Select(p => Task.Run(() => (p.Key, Part: p.Value.Freeze(context, filter, pseudonymKey)))));
        return PoolSnapshot.Merge(parts.ToDictionary(p => p.Key, p => p.Part));
    }

    private static string Code(int n)
    {
        var body = $"91460100{n:D9}";
        return body + CreditCode.CheckCharacter(body);
    }
}
