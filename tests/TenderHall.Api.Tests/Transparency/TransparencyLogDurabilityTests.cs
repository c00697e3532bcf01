using TenderHall.Api.Tests.Storage;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Transparency;

namespace TenderHall.Api.Tests.Transparency;

[Collection(StorageCollection.Name)]
public sealed class TransparencyLogDurabilityTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.PostgreSql)]
    public async Task Concurrent_appends_get_consecutive_indexes_and_survive_a_silo_restart(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var platform = TestSilo.Options(database);
        const int Count = 2000;

        var first = await TransparencySilo.StartAsync(platform);
        var log = first.Get<ITransparencyLog>();
        var receipts = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => Task.Run(() => log.AppendAsync(Event(i)))));
        await TestSilo.StopAsync(first);

        Assert.Equal(Enumerable.Range(0, Count).Select(i => (long)i), receipts.Select(r => r.Index).Order());

        var second = await TransparencySilo.StartAsync(platform);
        try
        {
            var sequencer = second.Grains().GetGrain<ILogSequencerGrain>(0);
            Assert.Equal(Count, await sequencer.Size());
            var stored = await second.Get<ILogStore>().ReadRangeAsync(0, Count);
            Assert.Equal(Count, stored.Count);
            foreach (var receipt in receipts)
                Assert.Equal(receipt.LeafHashHex, Convert.ToHexStringLower(MerkleHash.Leaf(stored[(int)receipt.Index].Data)));

            var next = await second.Get<ITransparencyLog>().AppendAsync(Event(Count));
            Assert.Equal(Count, next.Index);

            // A receipt's proof leads from the leaf to a checkpoint signed by the log key.
            var inclusion = await sequencer.Inclusion(next.Index);
            var note = SignedNote.Parse(inclusion.Checkpoint);
            Assert.True(note.IsSignedBy(second.Get<NoteVerifier>()));
            var checkpoint = Checkpoint.Parse(note.Text);
            Assert.True(MerkleVerifier.VerifyInclusion(inclusion.LeafHash, next.Index, checkpoint.Size, inclusion.Hashes, checkpoint.RootHash));
        }
        finally
        {
            await TestSilo.StopAsync(second);
        }
    }

    private static LogEvent Event(int i) => new()
    {
        Type = "test.appended",
        Subject = $"tender/T-DUR-{i / 100:D4}",
        At = DateTimeOffset.UnixEpoch.AddSeconds(i),
        Actor = "bidder" + i,
        Data = new(StringComparer.Ordinal) { ["envelopeSha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i))) },
    };
}
