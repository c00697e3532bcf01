namespace TenderHall.Crypto.Merkle;

/// <summary>Append-only list of 32-byte hashes in 1 MiB chunks: no large-object copies when it grows, ~32 bytes per entry.</summary>
internal sealed class HashList
{
    private const int ChunkShift = 15;
    private const int ChunkEntries = 1 << ChunkShift;
    private readonly List<byte[]> chunks = [];

    public long Count { get; private set; }

    public void Append(ReadOnlySpan<byte> hash)
    {
        var slot = (int)(Count & (ChunkEntries - 1));
        if (slot == 0)
            chunks.Add(new byte[ChunkEntries * MerkleHash.Length]);
        hash.CopyTo(chunks[^1].AsSpan(slot * MerkleHash.Length, MerkleHash.Length));
        Count++;
    }

    public ReadOnlySpan<byte> this[long index] =>
        chunks[(int)(index >> ChunkShift)].AsSpan((int)(index & (ChunkEntries - 1)) * MerkleHash.Length, MerkleHash.Length);
}
