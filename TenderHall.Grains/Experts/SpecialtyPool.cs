using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Draw;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The experts of one specialty, updated as each changes, with what does not depend on the draw computed once: the id's
/// UTF-8 bytes and its digest, from which a draw's salts come in one AES call. Freezing a draw's pool is then the recusal
/// filters, one batched AES and one SHA-256 per eligible expert, and a numeric sort.
/// </summary>
public sealed class SpecialtyPool(string specialty)
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Experts held.</summary>
    public int Count => entries.Count;

    /// <summary>Keeps <paramref name="profile"/> when it holds the specialty, drops it otherwise.</summary>
    public void Update(ExpertProfile profile)
    {
        if (!profile.Specialties.Contains(specialty)) entries.Remove(profile.Id);
        else if (entries.TryGetValue(profile.Id, out var held)) entries[profile.Id] = held with { Profile = profile };
        else entries[profile.Id] = new Entry(profile, Encoding.UTF8.GetBytes(profile.Id), PoolSnapshot.IdDigest(profile.Id));
    }

    /// <summary>The eligible experts under <paramref name="context"/>, pseudonymised with <paramref name="pseudonymKey"/> and sorted.</summary>
    public FrozenPool Freeze(RecusalContext context, RecusalFilter filter, byte[] pseudonymKey)
    {
        var eligible = new List<Entry>(entries.Count);
        var recused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Values)
        {
            if (filter.Ground(entry.Profile, context) is { } ground) recused[entry.Profile.Id] = ground;
            else eligible.Add(entry);
        }

        var digests = new byte[eligible.Count * PoolSnapshot.SaltLength];
        for (var i = 0; i < eligible.Count; i++) eligible[i].Digest.CopyTo(digests, i * PoolSnapshot.SaltLength);
        var salts = PoolSnapshot.Salts(pseudonymKey, digests);
        var numbers = new UInt128[eligible.Count];
        var ids = new string[eligible.Count];
        for (var i = 0; i < eligible.Count; i++)
        {
            numbers[i] = DrawHashing.PseudonymNumber(salts.AsSpan(i * PoolSnapshot.SaltLength, PoolSnapshot.SaltLength), eligible[i].IdUtf8);
            ids[i] = eligible[i].Profile.Id;
        }

        Array.Sort(numbers, ids);
        var pseudonyms = new string[numbers.Length];
        for (var i = 0; i < numbers.Length; i++) pseudonyms[i] = DrawHashing.Hex(numbers[i]);
        return new FrozenPool { Pseudonyms = pseudonyms, Ids = ids, Recused = recused };
    }

    /// <summary>The experts held whose status is <paramref name="query"/>'s and whose id, name, employer or credit code holds its text.</summary>
    public IReadOnlyList<ExpertProfile> Search(ExpertQuery query) =>
        [.. entries.Values.Select(e => e.Profile).Where(p => Matches(p, query))];

    private static bool Matches(ExpertProfile p, ExpertQuery query) =>
        (query.Status is null || p.Status == query.Status)
        && (query.Text.Length == 0 || new[] { p.Id, p.Name, p.EmployerName, p.EmployerCreditCode }.Any(v => v.Contains(query.Text, StringComparison.OrdinalIgnoreCase)));

    private sealed record Entry(ExpertProfile Profile, byte[] IdUtf8, byte[] Digest);
}
