using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>The major-project fast track (特事特办) names projects by their national investment project code, checked before anything is stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProjectCodeApiTests(PlatformFactory platform)
{
    private static string Serial() => Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Short groups, a letter, full-width digits, the groups run together, one group too many.
    public static TheoryData<string> Malformed() => new()
    {
        "2026-46-48-01-000123", "2026-460000-48-01-00012X", "２０２６-460000-48-01-000123", "202646000048010001230", "2026-460000-48-01-000123-1", "P-2026-0001",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task The_centre_cannot_list_a_major_project_under_a_code_that_is_not_a_national_project_code(string code)
    {
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-major-code");
        var refusal = await Refused(await centre.PutAsJsonAsync($"/api/v1/hall/major-projects/{Uri.EscapeDataString(code)}", new { major = true, reason = "省重点项目清单" }),
            "DIR-PROJECT-CODE");
        Assert.Contains("YYYY-AAAAAA-BB-CC-NNNNNN", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.Null(await grains.GetGrain<IMajorProjectGrain>(code).Get());
        Assert.DoesNotContain(code, (await grains.GetGrain<IDirectoryIndexGrain>(HallKeys.MajorProjects).List(0, 10_000)).Ids);
    }

    [Fact]
    public async Task The_centre_lists_a_major_project_under_its_national_code_and_the_refusal_reads_in_chinese_too()
    {
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-major-code");
        var code = "2026-460100-48-01-" + Serial();
        var marked = await Json(await centre.PutAsJsonAsync($"/api/v1/hall/major-projects/{code}", new { major = true, reason = "省重点项目清单" }));
        Assert.Equal(code, marked.GetProperty("projectCode").GetString());

        centre.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var refusal = await Refused(await centre.PutAsJsonAsync("/api/v1/hall/major-projects/2026-4601-48-01-1", new { major = true, reason = "x" }), "DIR-PROJECT-CODE");
        Assert.Contains("投资项目统一代码", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fast_track_case_with_a_malformed_project_code_is_refused_before_anything_is_stored_and_a_national_code_is_received()
    {
        var s = new LicensingScenario(platform) { FastTrack = true };
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        foreach (var code in new[] { "2026-46-48-01-000123", "２０２６-460000-48-01-000123" })
            await Refused(await s.ApplyFor(applicant, "Other", code, null), "DIR-PROJECT-CODE");
        var desk = await Json(await officer.GetAsync("/api/v1/licensing/desks/cases?take=100"));
        Assert.Equal(0, desk.GetProperty("items").GetArrayLength());

        var project = "2026-460000-48-01-" + Serial();
        var created = await Json(await s.ApplyFor(applicant, "Other", $" {project} ", null));
        Assert.Equal(project, created.GetProperty("application").GetProperty("projectCode").GetString());
    }

    [Fact]
    public async Task An_item_off_the_fast_track_keeps_taking_the_project_codes_it_took_before()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        await Json(await s.ApplyFor(applicant, "Other", "QZ-LOCAL-0042", null));
    }
}
