using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Demo;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class DemoSeederTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_demo_centre_has_every_kind_of_participant_and_seeding_twice_changes_nothing()
    {
        var seeder = platform.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync();
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var before = await Totals(admin);
        await seeder.SeedAsync();
        var after = await Totals(admin);

        Assert.Equal(before, after);
        Assert.True(before.Bidders >= 20, $"bidders: {before.Bidders}");
        Assert.True(before.Agencies >= 2);
        Assert.True(before.Experts >= 200, $"experts: {before.Experts}");
        Assert.True(before.Departments >= 5);

        var items = await admin.GetFromJsonAsync<JsonElement>("/api/v1/licensing/items?take=200");
        var modes = items.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("mode").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Immediate", "Committed", "Joint", "CompositeWindow" }, modes);

        var specialties = await admin.GetFromJsonAsync<JsonElement>("/api/v1/specialties");
        Assert.All(specialties.EnumerateArray(), s => Assert.True(s.GetProperty("experts").GetInt32() >= 5));

        var bidder = await admin.GetFromJsonAsync<JsonElement>("/api/v1/bidders/bidder-01");
        Assert.Equal(2, bidder.GetProperty("keys").GetArrayLength());

        var statuses = new HashSet<string?>();
        foreach (var id in new[] { "DEMO-T2", "DEMO-T3", "DEMO-T4", "DEMO-T5" })
            statuses.Add((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenders/{id}")).GetProperty("status").GetString());
        Assert.Equal(["Announced", "DocumentsOnSale", "Suspended", "Terminated"], statuses.Order());
        var letter = await admin.GetFromJsonAsync<JsonElement>("/api/v1/guarantees/" + Uri.EscapeDataString("bg:DEMO-T3:bidder-01"));
        Assert.Equal("Verified", letter.GetProperty("status").GetString());
        using var agency = platform.ClientAs(Roles.Agency, "agency-qiongzhou");
        Assert.Equal("Registered", (await agency.GetFromJsonAsync<JsonElement>("/api/v1/tenders/DEMO-T1")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_demo_database_of_an_older_version_still_seeds_its_accounts_differing_ones_are_left_as_they_are()
    {
        await using var older = new PlatformFactory();
        var grains = older.Services.GetRequiredService<IGrainFactory>();
        // Before this version the demo complainant had no organisation.
        await grains.GetGrain<IAccountGrain>("complainant1").Create(
            new AccountInfo { UserName = "complainant1", DisplayName = "异议投诉人", Roles = [Roles.Complainant] }, DemoSeeder.Password);

        await older.Services.GetRequiredService<DemoSeeder>().SeedAsync();

        Assert.Null((await grains.GetGrain<IAccountGrain>("complainant1").Verify(DemoSeeder.Password))!.OrganizationId);
        Assert.Equal("agency-qiongzhou", (await grains.GetGrain<IAccountGrain>("agency1").Verify(DemoSeeder.Password))!.OrganizationId);
    }

    [Fact]
    public async Task Demo_accounts_sign_in_with_the_demo_password()
    {
        await platform.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        using var client = platform.ClientAs(null);
        foreach (var user in new[] { "admin", "agency1", "bidder01", "supervisor1", "expert0001", "window1" })
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = DemoSeeder.Password });
            Assert.True(response.IsSuccessStatusCode, $"{user}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_demo_hall_has_cases_of_every_mode_queues_and_ratings_and_seeding_again_the_same_day_changes_nothing()
    {
        var seeder = platform.Services.GetRequiredService<DemoSeeder>();
        await seeder.SeedAsync();
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        using var anonymous = platform.ClientAs(null);
        var before = (await admin.GetStringAsync("/api/v1/licensing/performance"), await anonymous.GetStringAsync("/api/v1/ratings/results?by=Window"));
        await seeder.SeedAsync();
        Assert.Equal(before, (await admin.GetStringAsync("/api/v1/licensing/performance"), await anonymous.GetStringAsync("/api/v1/ratings/results?by=Window")));

        var performance = JsonDocument.Parse(before.Item1).RootElement.EnumerateArray().ToDictionary(d => d.GetProperty("departmentId").GetString()!);
        var market = performance["dept-market"];
        Assert.Equal((1m, 2), (market.GetProperty("regular").GetProperty("onTheSpotRate").GetDecimal(), market.GetProperty("regular").GetProperty("onTheSpot").GetInt32()));
        var chief = market.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "chief2");
        Assert.Equal(2, chief.GetProperty("ratings").GetProperty("cases").GetInt32());
        var statuses = performance.Values.SelectMany(d => d.GetProperty("byStatus").EnumerateObject().Select(p => p.Name)).ToHashSet();
        Assert.Superset(new HashSet<string> { "Approved", "Certified", "ClockStopped", "AwaitingMaterials", "JointReview", "Forwarded", "NotAccepted" }, statuses);

        var housing = JsonDocument.Parse(before.Item2).RootElement.EnumerateArray().Single(t => t.GetProperty("departmentId").GetString() == "dept-housing");
        Assert.Equal((2, 1), (housing.GetProperty("visits").GetInt32(), housing.GetProperty("counts").GetProperty("VeryDissatisfied").GetInt32()));
        var bad = await admin.GetFromJsonAsync<JsonElement>("/api/v1/ratings/" + Uri.EscapeDataString(
            Grains.Contracts.Ratings.RatingKeys.OfVisit("dept-housing", Grains.Contracts.Time.BeijingTime.DateOf(platform.Clock.GetUtcNow()), "A002")));
        Assert.False(bad.GetProperty("followUp").GetProperty("closed").GetBoolean());
        Assert.Equal("Verified", bad.GetProperty("followUp").GetProperty("steps")[0].GetProperty("step").GetString());

        platform.Clock.Advance(Grains.Contracts.Hall.HallBoard.Freshness);
        var board = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/hall/board");
        var calling = board.GetProperty("windows").EnumerateArray().Single(w => w.GetProperty("windowId").GetString() == "dept-housing");
        Assert.Equal(("A004", "3", 2), (calling.GetProperty("calling")[0].GetProperty("code").GetString()!, calling.GetProperty("calling")[0].GetProperty("counter").GetString()!,
            calling.GetProperty("waitingRegular").GetInt32()));
    }

    private static async Task<(int Departments, int Agencies, int Bidders, int Experts)> Totals(HttpClient client)
    {
        async Task<int> Total(string path) => (await client.GetFromJsonAsync<JsonElement>(path + "?take=1")).GetProperty("total").GetInt32();
        return (await Total("/api/v1/departments"), await Total("/api/v1/agencies"), await Total("/api/v1/bidders"), await Total("/api/v1/experts"));
    }
}
