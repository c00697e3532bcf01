using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Opening;

public sealed class OpeningRestartTests
{
    [Fact]
    public async Task A_silo_that_dies_mid_session_loses_no_share_and_the_session_opens_where_it_stood()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));
        OpeningScenario o;
        DateTimeOffset deadline;
        string first, second;
        await using (var before = new PlatformFactory { DataDirectory = dataDirectory, KeepData = true })
        {
            o = await OpeningScenario.Create(before, bids: 3);
            deadline = (await o.Tender.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
            (first, second) = (o.Tender.Custodians.Keys.First(), o.Tender.Custodians.Keys.Last());
            TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
            TenderScenario.Ok(await o.HandOver(before, first));
        }

        await using var after = new PlatformFactory { DataDirectory = dataDirectory };
        after.Clock.Advance(deadline - after.Clock.GetUtcNow());
        using var anonymous = after.ClientAs(null);
        var resumed = await TenderScenario.Read(await anonymous.GetAsync(o.Url));
        Assert.Equal("AwaitingShares", resumed.GetProperty("status").GetString());
        Assert.Equal([first], resumed.GetProperty("sharesFrom").EnumerateArray().Select(s => s.GetString()));

        // The share handed over before the restart still counts: one more opens the bids.
        TenderScenario.Ok(await o.HandOver(after, second));
        var opened = await o.Decrypted(after);

        Assert.Equal("RecordPublished", opened.GetProperty("status").GetString());
        var rows = opened.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("Opened", r.GetProperty("outcome").GetString()));
        Assert.Equal(JsonValueKind.String, rows[0].GetProperty("payloadSha256").ValueKind);
    }
}
