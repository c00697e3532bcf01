using System.Buffers.Binary;
using System.Text;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// A ZIP file in one canonical form: entries stored uncompressed, in the order given, dated 1980-01-01, UTF-8 names, no
/// extras or comments. Any ZIP reader opens it; a verifier re-writes the entries it read and compares every byte.
/// </summary>
public static class StoredZip
{
    private const ushort Version = 20;
    private const ushort Utf8Names = 0x0800;
    private const ushort DosDate = 0x0021; // 1980-01-01

    /// <summary>The canonical ZIP of <paramref name="entries"/>.</summary>
    public static byte[] Write(IReadOnlyList<(string Name, byte[] Data)> entries)
    {
        using var output = new MemoryStream();
        var central = new MemoryStream();
        foreach (var (name, data) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var crc = Crc32(data);
            var offset = (uint)output.Position;
            Header(output, 0x04034b50, nameBytes, crc, (uint)data.Length, central: false, 0);
            output.Write(nameBytes);
            output.Write(data);
            Header(central, 0x02014b50, nameBytes, crc, (uint)data.Length, central: true, offset);
            central.Write(nameBytes);
        }

        var centralOffset = (uint)output.Position;
        central.Position = 0;
        central.CopyTo(output);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], centralOffset);
        output.Write(end);
        return output.ToArray();
    }

    private static void Header(Stream stream, uint signature, byte[] name, uint crc, uint size, bool central, uint offset)
    {
        Span<byte> header = stackalloc byte[central ? 46 : 30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, signature);
        var at = 4;
        if (central) { BinaryPrimitives.WriteUInt16LittleEndian(header[at..], Version); at += 2; }
        BinaryPrimitives.WriteUInt16LittleEndian(header[at..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 2)..], Utf8Names);
        // method 0 (stored) and time 0 stay zero
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 8)..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 10)..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 14)..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 18)..], size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 22)..], (ushort)name.Length);
        if (central) BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
        stream.Write(header);
    }

    private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    })];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }
}
