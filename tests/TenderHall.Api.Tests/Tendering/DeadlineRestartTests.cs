using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

public sealed class DeadlineRestartTests
{
    // 100,000 virtual seconds per real second: a 40-day tender reaches its deadline about 35 real seconds after publication.
    private const string Factor = "100000";

    [Fact]
    public async Task The_bid_deadline_fires_after_a_silo_restart_without_anyone_touching_the_tender()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "tenderhall-tests", Guid.NewGuid().ToString("N"));
        string tenderId;
        await using (var before = new SandboxPlatform { DataDirectory = dataDirectory, KeepData = true })
        {
            var scenario = new TenderScenario(before);
            tenderId = await scenario.Register();
            var sha = await scenario.Upload("文件"u8.ToArray());
            var now = scenario.Now;
            TenderScenario.Ok(await scenario.Agency.PostAsJsonAsync($"/api/v1/tenders/{tenderId}/publish", new
            {
                saleStart = now.AddDays(1), saleEnd = now.AddDays(9), bidDeadline = NextWeekdayNineAm(now.AddDays(40)),
                announcement = "重启测试公告", documentSha256 = sha, custody = scenario.Custody,
            }));
        }

        await using var after = new SandboxPlatform { DataDirectory = dataDirectory };
        using var anonymous = after.ClientAs(null);
        // Read the public log only: reading the tender itself would activate it and advance it without the reminder.
        var fired = false;
        for (var attempt = 0; attempt < 600 && !fired; attempt++)
        {
            fired = await LogHas(anonymous, $"tender/{tenderId}", "tender.deadline-passed");
            if (!fired) await Task.Delay(200);
        }

        Assert.True(fired, "the bid deadline of the tender never reached the transparency log after the restart");
        Assert.True(await LogHas(anonymous, $"tender/{tenderId}", "tender.sale-closed"));
        // The deadline started the opening by itself; with no bids it failed the tender (BL 28).
        for (var attempt = 0; attempt < 100 && !await LogHas(anonymous, $"tender/{tenderId}", "tender.failed-insufficient-bids"); attempt++) await Task.Delay(100);
        var tender = await TenderScenario.Read(await anonymous.GetAsync($"/api/v1/tenders/{tenderId}"));
        Assert.Equal("FailedInsufficientBids", tender.GetProperty("status").GetString());
    }

    private static async Task<bool> LogHas(HttpClient client, string subject, string type)
    {
        var size = await LogSize(client);
        for (long start = 0; start < size; start += 1000)
        {
            var entries = await client.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/entries?start={start}&end={Math.Min(size, start + 1000)}");
            foreach (var entry in entries.EnumerateArray())
            {
                var leaf = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(entry.GetProperty("data").GetString()!))).RootElement;
                if (leaf.GetProperty("subject").GetString() == subject && leaf.GetProperty("type").GetString() == type) return true;
            }
        }

        return false;
    }

    private static async Task<long> LogSize(HttpClient client)
    {
        var checkpoint = await client.GetStringAsync("/api/v1/transparency/checkpoint");
        return long.Parse(checkpoint.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset NextWeekdayNineAm(DateTimeOffset instant)
    {
        var day = instant.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return new DateTimeOffset(day.AddHours(9), TimeSpan.FromHours(8));
    }

    private sealed class SandboxPlatform : PlatformFactory
    {
        protected override bool UseFakeClock => false;

        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("TenderHall:Clock:SandboxFactor", Factor),
            ("TenderHall:Transparency:CheckpointInterval", "00:00:00.200"),
        ];
    }
}
