using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Draw;

/// <summary>
/// The hashes of the verifiable expert draw, specified byte by byte in docs/experts.md. Every hash is SHA-256 over an ASCII
/// domain separator and then each field as uint32_be(length) || bytes, so no two different inputs frame the same bytes.
/// </summary>
public static class DrawHashing
{
    /// <summary>The seed rule the commit states, word for word.</summary>
    public const string SeedRule =
        "seed = SHA-256(frame(\"TenderHall/draw/seed/v1\", root hash of the first signed log checkpoint containing the commit leaf, supervisor contribution or 32 zero bytes if withheld, withheld flag))";

    /// <summary>Length of a supervisor's contribution.</summary>
    public const int ContributionLength = 32;

    /// <summary>A member's pseudonym in the pool: the first 16 bytes of SHA-256(frame("TenderHall/draw/member/v1", salt, id)), lowercase hex.</summary>
    public static string Pseudonym(ReadOnlySpan<byte> salt, string expertId) =>
        Convert.ToHexStringLower(Frame("TenderHall/draw/member/v1", salt.ToArray(), Utf8(expertId)).AsSpan(0, 16));

    /// <summary>The pool hash: frame("TenderHall/draw/pool/v1", then per specialty in ordinal order its code, its count and its sorted pseudonyms).</summary>
    public static byte[] PoolHash(IReadOnlyDictionary<string, IReadOnlyList<string>> pool)
    {
        var fields = new List<byte[]>();
        foreach (var (code, members) in pool.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            fields.Add(Utf8(code));
            fields.Add(Utf8(members.Count.ToString(CultureInfo.InvariantCulture)));
            fields.AddRange(members.Select(Utf8));
        }

        return Frame("TenderHall/draw/pool/v1", [.. fields]);
    }

    /// <summary>The commitment the commit step logs.</summary>
    public static byte[] Commitment(DrawCommitStatement s) => Frame("TenderHall/draw/commit/v1",
    [
        Utf8(s.TenderId), s.PoolHash, Utf8(Number(s.CommitteeSize)), Utf8(Number(s.TendereeSeats)),
        Utf8(string.Join(";", s.Seats.Select(x => $"{x.Specialty}:{Number(x.Seats)}:{Number(x.Backups)}"))),
        Utf8(string.Join(";", s.Rules)), s.SupervisorCommitment, Utf8(SeedRule),
    ]);

    /// <summary>SHA-256 of a supervisor's contribution: what the supervisor commits to before the commit step.</summary>
    public static byte[] ContributionCommitment(ReadOnlySpan<byte> contribution) => Frame("TenderHall/draw/contribution/v1", contribution.ToArray());

    /// <summary>The seed from the log anchor and the supervisor's contribution (null when withheld past the limit).</summary>
    public static byte[] Seed(ReadOnlySpan<byte> checkpointRoot, byte[]? contribution) =>
        Frame("TenderHall/draw/seed/v1", checkpointRoot.ToArray(), contribution ?? new byte[ContributionLength], [contribution is null ? (byte)1 : (byte)0]);

    /// <summary>The ECVRF input: frame("TenderHall/draw/alpha/v1", tender id, pool hash, seed).</summary>
    public static byte[] Alpha(string tenderId, ReadOnlySpan<byte> poolHash, ReadOnlySpan<byte> seed) =>
        Frame("TenderHall/draw/alpha/v1", Utf8(tenderId), poolHash.ToArray(), seed.ToArray());

    /// <summary>SHA-256 of the domain separator and the framed fields.</summary>
    public static byte[] Frame(string domain, params byte[][] fields)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(domain));
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)field.Length);
            hash.AppendData(length);
            hash.AppendData(field);
        }

        return hash.GetHashAndReset();
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
