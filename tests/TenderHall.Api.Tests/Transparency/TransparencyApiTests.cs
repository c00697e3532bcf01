using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Transparency;

namespace TenderHall.Api.Tests.Transparency;

public sealed class TransparencyApiTests(TransparencyPlatform platform) : IClassFixture<TransparencyPlatform>
{
    [Fact]
    public async Task The_checkpoint_is_a_signed_note_that_verifies_with_the_published_key()
    {
        await AppendAsync(3);
        using var client = platform.ClientAs(null);

        var key = await client.GetFromJsonAsync<JsonElement>("/api/v1/transparency/key");
        using var response = await client.GetAsync("/api/v1/transparency/checkpoint");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var note = SignedNote.Parse(await response.Content.ReadAsStringAsync());
        var verifier = NoteVerifier.Parse(key.GetProperty("verifierKey").GetString()!);
        Assert.True(note.IsSignedBy(verifier));
        Assert.Equal(key.GetProperty("origin").GetString(), Checkpoint.Parse(note.Text).Origin);
        Assert.Equal("tenderhall.example/log", verifier.Name);
    }

    [Fact]
    public async Task Entries_return_the_exact_leaf_bytes_and_proofs_verify_against_signed_checkpoints()
    {
        var receipts = await AppendAsync(25);
        var older = await CheckpointCoveringAsync(receipts[0].Index);
        var newer = await CheckpointCoveringAsync(receipts[^1].Index);
        using var client = platform.ClientAs(null);

        var entries = await client.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/entries?start={receipts[0].Index}&end={receipts[^1].Index + 1}");
        Assert.Equal(receipts.Length, entries.GetArrayLength());
        foreach (var (entry, receipt) in entries.EnumerateArray().Zip(receipts))
        {
            Assert.Equal(receipt.Index, entry.GetProperty("index").GetInt64());
            var data = entry.GetProperty("data").GetBytesFromBase64();
            Assert.Equal(receipt.LeafHashHex, Convert.ToHexStringLower(MerkleHash.Leaf(data)));
            Assert.Equal("test.appended", JsonDocument.Parse(data).RootElement.GetProperty("type").GetString());
        }

        var leaf = receipts[7];
        var inclusion = await client.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/proofs/inclusion?index={leaf.Index}&treeSize={newer.Size}");
        Assert.Equal(newer.Size, inclusion.GetProperty("treeSize").GetInt64());
        Assert.True(MerkleVerifier.VerifyInclusion(Convert.FromHexString(leaf.LeafHashHex), leaf.Index, newer.Size, Hashes(inclusion), newer.RootHash));

        var consistency = await client.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/proofs/consistency?from={older.Size}&to={newer.Size}");
        Assert.True(MerkleVerifier.VerifyConsistency(older.Size, newer.Size, older.RootHash, newer.RootHash, Hashes(consistency)));
    }

    [Theory]
    [InlineData("/api/v1/transparency/entries?start=-1&end=5")]
    [InlineData("/api/v1/transparency/entries?start=5&end=5")]
    [InlineData("/api/v1/transparency/entries?end=5")]
    [InlineData("/api/v1/transparency/proofs/inclusion?index=0&treeSize=999999999")]
    [InlineData("/api/v1/transparency/proofs/inclusion?index=5&treeSize=5")]
    [InlineData("/api/v1/transparency/proofs/inclusion?index=-1&treeSize=1")]
    [InlineData("/api/v1/transparency/proofs/consistency?from=2&to=1")]
    [InlineData("/api/v1/transparency/proofs/consistency?from=1")]
    public async Task Bad_ranges_are_refused_with_the_log_range_rule(string url)
    {
        await AppendAsync(6);
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync(url);
        await ProblemAssert.IsRule(response, HttpStatusCode.BadRequest, "TLOG-RANGE");
    }

    [Fact]
    public async Task A_non_numeric_parameter_is_refused_as_an_invalid_request()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync("/api/v1/transparency/entries?start=abc&end=2");
        await ProblemAssert.IsRule(response, HttpStatusCode.BadRequest, "REQ-INVALID");
    }

    [Fact]
    public async Task Supervisors_read_the_alarms_of_a_day_and_others_may_not()
    {
        var day = SupervisionAlarms.DayKey(platform.Clock.GetUtcNow()); // alarms are filed under the platform's day
        var id = "LOG-TAMPERED/api-test-" + Guid.NewGuid().ToString("N");
        await platform.Services.GetRequiredService<SupervisionAlarms>().Raise(id, AlarmSeverity.Alarm, "LOG-TAMPERED", "transparency-log", "test");

        using var supervisor = platform.ClientAs(Roles.Supervisor);
        var alarms = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/supervision/alarms?day={day}");
        Assert.Contains(alarms.EnumerateArray(), a => a.GetProperty("id").GetString() == id && a.GetProperty("code").GetString() == "LOG-TAMPERED");

        using var bidder = platform.ClientAs(Roles.Bidder);
        Assert.Equal(HttpStatusCode.Forbidden, (await bidder.GetAsync("/api/v1/supervision/alarms")).StatusCode);
        using var anonymous = platform.ClientAs(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/supervision/alarms")).StatusCode);
        using var badDay = await supervisor.GetAsync("/api/v1/supervision/alarms?day=2026-13-40");
        await ProblemAssert.IsRule(badDay, HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
    }

    private async Task<LogReceipt[]> AppendAsync(int count)
    {
        var log = platform.Services.GetRequiredService<ITransparencyLog>();
        var batch = Guid.NewGuid().ToString("N")[..8];
        var receipts = await Task.WhenAll(Enumerable.Range(0, count).Select(i => log.AppendAsync(new LogEvent
        {
            Type = "test.appended",
            Subject = $"tender/T-API-{batch}",
            At = DateTimeOffset.UtcNow,
            Actor = "bidder" + i,
            Data = new(StringComparer.Ordinal) { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        })));
        return [.. receipts.OrderBy(r => r.Index)];
    }

    private async Task<Checkpoint> CheckpointCoveringAsync(long index)
    {
        var inclusion = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ILogSequencerGrain>(0).Inclusion(index);
        return Checkpoint.Parse(SignedNote.Parse(inclusion.Checkpoint).Text);
    }

    private static List<byte[]> Hashes(JsonElement proof) => [.. proof.GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64())];
}
