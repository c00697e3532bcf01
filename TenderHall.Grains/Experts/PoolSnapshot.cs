using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Draw;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The frozen pool of one draw: the eligible experts of each requested specialty under per-draw pseudonyms, sorted, so
/// the pool can be published after the result without naming anyone who was not drawn.
/// </summary>
/// <param name="Pool">Specialty → sorted pseudonyms.</param>
/// <param name="Members">Pseudonym → expert id (private).</param>
/// <param name="Recused">Experts recused per ground.</param>
public sealed record PoolSnapshot(Dictionary<string, IReadOnlyList<string>> Pool, Dictionary<string, string> Members, Dictionary<string, int> Recused)
{
    /// <summary>Filters <paramref name="experts"/> and pseudonymises the eligible ones with <paramref name="pseudonymKey"/>.</summary>
    public static PoolSnapshot Build(IEnumerable<ExpertProfile> experts, DrawRequest request, RecusalContext context, RecusalFilter filter, byte[] pseudonymKey)
    {
        var wanted = request.Seats.Select(s => s.Specialty).ToHashSet(StringComparer.Ordinal);
        var (eligible, recused) = filter.Apply(experts.Where(e => e.Specialties.Any(wanted.Contains)), context);
        var members = new Dictionary<string, string>(eligible.Count, StringComparer.Ordinal);
        var lists = wanted.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var expert in eligible)
        {
            var pseudonym = DrawHashing.Pseudonym(Salt(pseudonymKey, expert.Id), expert.Id);
            members[pseudonym] = expert.Id;
            foreach (var specialty in expert.Specialties.Where(wanted.Contains)) lists[specialty].Add(pseudonym);
        }

        var pool = lists.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        return new PoolSnapshot(pool, members, recused);
    }

    /// <summary>An expert's 16-byte salt in this draw: HMAC-SHA-256(key, id), truncated; published only for drawn experts.</summary>
    public static byte[] Salt(byte[] pseudonymKey, string expertId) => HMACSHA256.HashData(pseudonymKey, Encoding.UTF8.GetBytes(expertId))[..16];
}
