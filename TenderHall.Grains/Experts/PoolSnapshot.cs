using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The frozen pool of one draw: the eligible experts of each requested specialty under per-draw pseudonyms, sorted, so
/// the pool can be published after the result without naming anyone who was not drawn.
/// </summary>
/// <param name="Pool">Specialty → sorted pseudonyms.</param>
/// <param name="Members">Pseudonym → expert id (private).</param>
/// <param name="Recused">Experts recused per ground, each expert counted once.</param>
public sealed record PoolSnapshot(Dictionary<string, IReadOnlyList<string>> Pool, Dictionary<string, string> Members, Dictionary<string, int> Recused)
{
    /// <summary>Length of a salt and of an id digest.</summary>
    public const int SaltLength = 16;

    /// <summary>The snapshot from each specialty's frozen part.</summary>
    public static PoolSnapshot Merge(IReadOnlyDictionary<string, FrozenPool> parts)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var grounds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Values)
        {
            for (var i = 0; i < part.Pseudonyms.Count; i++) members[part.Pseudonyms[i]] = part.Ids[i];
            foreach (var (id, ground) in part.Recused) grounds[id] = ground;
        }

        var recused = grounds.Values.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new PoolSnapshot(parts.ToDictionary(p => p.Key, p => p.Value.Pseudonyms, StringComparer.Ordinal), members, recused);
    }

    /// <summary>An expert's 16-byte salt in this draw (published only for drawn experts): see <see cref="Salts"/>.</summary>
    public static byte[] Salt(byte[] pseudonymKey, string expertId) => Salts(pseudonymKey, IdDigest(expertId));

    /// <summary>
    /// The salts of many experts at once: AES-256 under the draw's secret key of each expert's <see cref="IdDigest"/>, one
    /// 16-byte block each. A keyed permutation, so salts differ between experts and no two draws' pseudonyms can be linked.
    /// </summary>
    public static byte[] Salts(byte[] pseudonymKey, byte[] digests)
    {
        using var aes = Aes.Create();
        aes.Key = pseudonymKey;
        return aes.EncryptEcb(digests, PaddingMode.None);
    }

    /// <summary>The first 16 bytes of SHA-256 of the expert id, which does not change between draws.</summary>
    public static byte[] IdDigest(string expertId) => SHA256.HashData(Encoding.UTF8.GetBytes(expertId))[..SaltLength];
}
