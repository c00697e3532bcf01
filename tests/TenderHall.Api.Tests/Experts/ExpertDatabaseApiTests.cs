using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Tests.Experts;

[Collection(DrawAndOpeningCollection.Name)]
public sealed class ExpertDatabaseApiTests(PlatformFactory platform)
{
    private const string Header = "id,name,specialties,title,titleLevel,yearsInField,employerCreditCode,employerName,region,mobile,pastEmployers,relationships,status";

    [Fact]
    public async Task An_import_with_bad_rows_reports_each_one_and_imports_nothing()
    {
        var prefix = Prefix();
        var csv = Csv(
            Row($"{prefix}-1", "A01", "Senior", 10),
            Row($"{prefix}-2", "A01", "Intermediate", 20),
            Row($"{prefix}-3", "Z99", "Senior", 10),
            Row($"{prefix}-4", "A01", "Senior", 10).Replace("|2015-01-01|", "|2015-13-01|", StringComparison.Ordinal),
            Row($"{prefix}-1", "B01", "Senior", 10));
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var report = await TenderScenario.Read(await Import(admin, Encoding.UTF8.GetBytes(csv), "csv"));
        Assert.False(report.GetProperty("applied").GetBoolean());
        var rejected = report.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("rule").GetString())).ToList();
        Assert.Equal([(3, "EXPERT-ENTRY"), (4, "DIR-EXPERT"), (5, "EXPERT-IMPORT"), (6, "DIR-EXPERT")], rejected);
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.Null(await grains.GetGrain<IExpertGrain>($"{prefix}-1").Get());
    }

    [Fact]
    public async Task A_clean_import_enters_every_row_and_export_then_reimport_in_xlsx_updates_them()
    {
        var prefix = Prefix();
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var report = await TenderScenario.Read(await Import(admin, Encoding.UTF8.GetBytes(Csv(Row($"{prefix}-1", "A02", "Senior", 9), Row($"{prefix}-2", "A02;B01", "Equivalent", 30))), "csv"));
        Assert.True(report.GetProperty("applied").GetBoolean());
        Assert.Equal(2, report.GetProperty("entered").GetInt32());

        var csv = await admin.GetStringAsync("/api/v1/experts/export?format=csv");
        Assert.Contains($"{prefix}-2,专家,A02;B01,", csv, StringComparison.Ordinal);
        var xlsx = await admin.GetByteArrayAsync("/api/v1/experts/export?format=xlsx");
        var again = await TenderScenario.Read(await Import(admin, xlsx, "xlsx"));
        Assert.True(again.GetProperty("applied").GetBoolean());
        Assert.Equal(0, again.GetProperty("entered").GetInt32());
        var profile = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IExpertGrain>($"{prefix}-2").Get();
        Assert.Equal(("Employer " + prefix + "-2", 30), (profile!.PastEmployers.Single().Name, profile.YearsInField));
    }

    [Fact]
    public async Task Only_the_centre_and_supervision_see_who_the_experts_are_and_everyone_sees_counts()
    {
        foreach (var role in new[] { Roles.Agency, Roles.Bidder, Roles.Expert })
            await ProblemAssert.IsRule(await platform.ClientAs(role, "x").GetAsync("/api/v1/experts/search?q=a"), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        Assert.Equal(HttpStatusCode.OK, (await platform.ClientAs(Roles.Supervisor).GetAsync("/api/v1/experts/search?q=a")).StatusCode);
        var counts = await TenderScenario.Read(await platform.CreateClient().GetAsync("/api/v1/specialties"));
        Assert.All(counts.EnumerateArray(), c => Assert.False(c.TryGetProperty("ids", out _)));
    }

    [Fact]
    public async Task Poor_ratings_suspend_an_expert_who_appeals_and_the_centre_lifts_the_suspension()
    {
        var draw = await DrawScenario.Create(platform);
        var seat = DrawScenario.Seats(await draw.Draw())[0];
        var id = seat.GetProperty("expertId").GetString()!;
        var url = $"/api/v1/experts/{id}";
        await ProblemAssert.IsRule(await draw.Tender.Agency.PostAsJsonAsync($"{url}/ratings", new { tenderId = "T-other", attendance = 3, independence = 3, quality = 3 }),
            HttpStatusCode.UnprocessableEntity, "EXPERT-RATING");
        TenderScenario.Ok(await draw.Tender.Agency.PostAsJsonAsync($"{url}/ratings", new { tenderId = draw.Tender.TenderId, attendance = 1, independence = 3, quality = 3 }));
        var rated = await TenderScenario.Read(await draw.Opening.Supervisor.PostAsJsonAsync($"{url}/ratings", new { tenderId = draw.Tender.TenderId, attendance = 1, independence = 2, quality = 2 }));
        Assert.Equal("Suspended", rated.GetProperty("status").GetString());
        Assert.StartsWith("ratings: 2 absences", rated.GetProperty("statusHistory")[1].GetProperty("reason").GetString(), StringComparison.Ordinal);

        using var expert = draw.ExpertClient(id);
        TenderScenario.Ok(await expert.PostAsJsonAsync($"{url}/appeal", new { text = "我当天请假获批" }));
        await ProblemAssert.IsRule(await expert.PostAsJsonAsync($"{url}/appeal", new { text = "again" }), HttpStatusCode.Conflict, "EXPERT-APPEAL");
        var decided = await TenderScenario.Read(await platform.ClientAs(Roles.CentreAdmin).PostAsJsonAsync($"{url}/appeal/decision", new { granted = true, decision = "请假属实" }));
        Assert.Equal("Active", decided.GetProperty("status").GetString());
        Assert.True(decided.GetProperty("appeals")[0].GetProperty("granted").GetBoolean());
    }

    private static string Prefix() => "imp-" + Guid.NewGuid().ToString("N")[..6];

    private static string Row(string id, string specialties, string level, int years) =>
        $"{id},专家,{specialties},高级工程师,{level},{years},{TestCreditCodes.New("12")},单位,460100,13900000000,{TestCreditCodes.New("91")}|Employer {id}|2015-01-01|2019-12-31,,Active";

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static async Task<HttpResponseMessage> Import(HttpClient client, byte[] file, string format)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return await client.PostAsync($"/api/v1/experts/import?format={format}", content);
    }
}
