using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.Tendering;

/// <summary>The public list on a platform of its own, so its counts are exact.</summary>
public sealed class AnnouncementListTests : IDisposable
{
    private readonly PlatformFactory platform = new();

    [Fact]
    public async Task Announcements_across_months_are_listed_newest_first_page_by_page_and_searched()
    {
        var titles = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var s = new TenderScenario(platform);
            await s.Register();
            await s.Publish();
            titles.Insert(0, s.TenderId);
            s.Advance(TimeSpan.FromDays(16)); // two or three months between the first and the last
        }

        var first = await List("?take=2");
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(titles[..2], Ids(first));
        var rest = await List("?skip=2&take=10");
        Assert.Equal(titles[2..], Ids(rest));
        var one = await List("?q=" + Uri.EscapeDataString(titles[3][^8..]));
        Assert.Equal(0, one.GetProperty("total").GetInt32()); // ids are not searched: title, lot and project code are
        var byTitle = await List("?q=" + Uri.EscapeDataString("道路工程"));
        Assert.Equal(5, byTitle.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_announcement_missing_from_its_month_is_rebuilt_from_the_record()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var published = await s.Publish();
        var month = Grains.Contracts.Time.BeijingTime.DateOf(published.GetProperty("schedule").GetProperty("announcedAt").GetDateTimeOffset()).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        // As after an upgrade from the single index, or a crash between its two writes: the month's entries are gone.
        var storage = platform.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        var grainId = GrainId.Create("th-announcement-month", month);
        var state = new GrainState<AnnouncementMonthState>(new AnnouncementMonthState());
        await storage.ReadStateAsync("announcement-month", grainId, state);
        await storage.ClearStateAsync("announcement-month", grainId, state);
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal([s.TenderId], Ids(await List("?q=" + Uri.EscapeDataString(s.ProjectCode))));
        Assert.Equal(1, (await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAnnouncementMonthGrain>(month).Count(null)).Total);
    }

    [Fact]
    public async Task The_portal_pages_the_list_fifty_at_a_time_newest_first()
    {
        var ids = new List<string>();
        for (var i = 0; i < 51; i++)
        {
            var s = new TenderScenario(platform);
            await s.Register();
            await s.Publish();
            ids.Insert(0, s.TenderId);
            s.Advance(TimeSpan.FromMinutes(1));
        }

        using var anonymous = platform.ClientAs(null);
        var first = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync("/tenders"));
        Assert.Contains($"/tenders/{ids[0]}", first);
        Assert.DoesNotContain($"/tenders/{ids[50]}\"", first);
        Assert.Contains("第 1–50 条，共 51 条", first);
        Assert.Contains("href=\"/tenders?skip=50\"", first);
        var second = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync("/tenders?skip=50"));
        Assert.Contains($"/tenders/{ids[50]}\"", second);
        Assert.Contains("href=\"/tenders?skip=0\"", second);
    }

    public void Dispose() => platform.Dispose();

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];

    private async Task<JsonElement> List(string query)
    {
        using var anonymous = platform.ClientAs(null);
        return await TenderScenario.Read(await anonymous.GetAsync("/api/v1/tenders" + query));
    }
}
