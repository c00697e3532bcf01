using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Selection;

namespace TenderHall.Crypto.Draw;

/// <summary>
/// Fills each specialty's seats from the ECVRF output (docs/experts.md, "Select"): specialties in ordinal order, each with
/// its own 64-byte stream SHA-512("TenderHall/draw/specialty/v1" || beta || code), a Fisher–Yates prefix of its sorted pool
/// (<see cref="UnbiasedSelection"/>), skipping anyone already taken by an earlier specialty; members first, then backups.
/// </summary>
public static class CommitteeSelection
{
    /// <summary>The draw of every requested specialty.</summary>
    public static IReadOnlyList<SpecialtyDraw> Select(ReadOnlySpan<byte> beta, IReadOnlyDictionary<string, IReadOnlyList<string>> pool, IReadOnlyList<SeatRequest> seats)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SpecialtyDraw>();
        foreach (var request in seats.OrderBy(s => s.Specialty, StringComparer.Ordinal))
        {
            var members = pool.TryGetValue(request.Specialty, out var list) ? list : [];
            // Everyone an earlier specialty took may come up again here: draw enough to skip them all.
            var wanted = Math.Min(members.Count, request.Seats + request.Backups + taken.Count);
            var order = UnbiasedSelection.Sample(SpecialtyBeta(beta, request.Specialty), members.Count, wanted);
            var picked = order.Select(i => members[i]).Where(p => !taken.Contains(p)).Take(request.Seats + request.Backups).ToList();
            if (picked.Count < request.Seats)
                throw new InvalidOperationException($"Specialty {request.Specialty} has {picked.Count} eligible experts left for {request.Seats} seats.");
            taken.UnionWith(picked);
            result.Add(new SpecialtyDraw(request.Specialty, picked[..request.Seats], picked[request.Seats..]));
        }

        return result;
    }

    /// <summary>
    /// The supplementary draw of a specialty whose backups are used up (docs/experts.md, "Supplementary draw"): the first of
    /// its permutation of the same pool, from the same output, whom nobody has drawn yet (<paramref name="taken"/>: every
    /// member, backup and earlier supplementary expert of every specialty); null when the pool holds nobody else. The
    /// members and backups are that permutation's prefix, so this continues it: nobody chooses who comes next.
    /// </summary>
    public static string? Supplement(ReadOnlySpan<byte> beta, IReadOnlyList<string> pool, string specialty, IReadOnlySet<string> taken)
    {
        foreach (var index in UnbiasedSelection.Permutation(SpecialtyBeta(beta, specialty), pool.Count))
            if (!taken.Contains(pool[index])) return pool[index];
        return null;
    }

    /// <summary>The specialty's own 64-byte stream input.</summary>
    public static byte[] SpecialtyBeta(ReadOnlySpan<byte> beta, string specialty) =>
        SHA512.HashData([.. Encoding.ASCII.GetBytes("TenderHall/draw/specialty/v1"), .. beta, .. Encoding.UTF8.GetBytes(specialty)]);
}
