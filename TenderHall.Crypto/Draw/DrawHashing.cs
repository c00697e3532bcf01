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
        Hex(PseudonymNumber(salt, Utf8(expertId)));

    /// <summary>
    /// <see cref="Pseudonym"/> as a big-endian number, from the id's UTF-8 bytes: one SHA-256 without allocating, so a pool
    /// of tens of thousands is pseudonymised and sorted (numeric order is the hex strings' ordinal order) in milliseconds.
    /// </summary>
    public static UInt128 PseudonymNumber(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> expertIdUtf8)
    {
        var length = MemberDomain.Length + 8 + salt.Length + expertIdUtf8.Length;
        Span<byte> frame = length <= 256 ? stackalloc byte[length] : new byte[length];
        MemberDomain.CopyTo(frame);
        var at = MemberDomain.Length;
        BinaryPrimitives.WriteUInt32BigEndian(frame[at..], (uint)salt.Length);
        salt.CopyTo(frame[(at + 4)..]);
        at += 4 + salt.Length;
        BinaryPrimitives.WriteUInt32BigEndian(frame[at..], (uint)expertIdUtf8.Length);
        expertIdUtf8.CopyTo(frame[(at + 4)..]);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(frame, digest);
        return BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    /// <summary>The pool hash: frame("TenderHall/draw/pool/v1", then per specialty in ordinal order its code, its count and its sorted pseudonyms).</summary>
    public static byte[] PoolHash(IReadOnlyDictionary<string, IReadOnlyList<string>> pool)
    {
        // One contiguous buffer and one hash call: framing tens of thousands of fields one by one costs more than hashing them.
        using var framed = new MemoryStream();
        framed.Write(Encoding.ASCII.GetBytes("TenderHall/draw/pool/v1"));
        Span<byte> length = stackalloc byte[4];
        Span<byte> text = stackalloc byte[256];
        foreach (var (code, members) in pool.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Field(framed, Utf8(code), length);
            Field(framed, Utf8(members.Count.ToString(CultureInfo.InvariantCulture)), length);
            foreach (var member in members)
                Field(framed, member.Length <= 64 ? text[..Encoding.UTF8.GetBytes(member, text)] : Utf8(member), length);
        }

        return SHA256.HashData(framed.GetBuffer().AsSpan(0, (int)framed.Length));
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

    /// <summary>A pseudonym number as its 32 lowercase hex digits.</summary>
    public static string Hex(UInt128 pseudonym)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, pseudonym);
        return Convert.ToHexStringLower(bytes);
    }

    private static ReadOnlySpan<byte> MemberDomain => "TenderHall/draw/member/v1"u8;

    private static void Field(MemoryStream framed, ReadOnlySpan<byte> field, Span<byte> length)
    {
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)field.Length);
        framed.Write(length);
        framed.Write(field);
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
