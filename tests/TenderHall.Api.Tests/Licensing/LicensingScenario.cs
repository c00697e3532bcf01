using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>A department of its own with a published item, its window officer, reviewer, chief representative and head, and an applicant.</summary>
internal sealed class LicensingScenario(PlatformFactory platform)
{
    public string Department { get; } = "dept-" + Guid.NewGuid().ToString("N")[..10];

    public string ItemCode { get; } = "LIC-" + Guid.NewGuid().ToString("N")[..10];

    public string ApplicantOrg { get; } = "org-" + Guid.NewGuid().ToString("N")[..10];

    public HttpClient Officer => platform.ClientAs(Roles.WindowOfficer, Department, "officer-" + Department);

    public HttpClient Reviewer => platform.ClientAs(Roles.DepartmentReviewer, Department, "reviewer-" + Department);

    public HttpClient Chief => platform.ClientAs(Roles.ChiefRepresentative, Department, "chief-" + Department);

    public HttpClient Head => platform.ClientAs(Roles.DepartmentHead, Department, "head-" + Department);

    public HttpClient Applicant => platform.ClientAs(Roles.Bidder, ApplicantOrg, "applicant-" + ApplicantOrg);

    public static readonly string[] Materials = ["申请表", "施工合同"];

    /// <summary>The fee items the item publishes (none unless a test adds them before publishing).</summary>
    public List<FeeItem> Fees { get; } = [];

    /// <summary>Whether the item is flagged for the major-project fast-track window (特事特办).</summary>
    public bool FastTrack { get; init; }

    /// <summary>
    /// Registers the department (and the <paramref name="cooperating"/> departments or windows), takes the item through the directory
    /// (proposal, review, approval from today) and, unless
    /// told not to, delegates it to every department's chief.
    /// </summary>
    public async Task Publish(LicensingMode mode, int days, bool delegate_ = true, params string[] cooperating)
    {
        var departments = cooperating.Prepend(Department).ToList();
        foreach (var department in departments)
            await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(department).Register(new OrganizationProfile
            {
                Kind = OrganizationKind.Department, NameZh = "住建局", NameEn = "Housing", CreditCode = TestCreditCodes.New("11"),
            });
        await new DirectoryFlow(platform, ItemCode).Approve(Department, "Add", Item(mode, days, cooperating));
        if (!delegate_) return;
        foreach (var department in departments)
        {
            using var head = platform.ClientAs(Roles.DepartmentHead, department, "head-" + department);
            await Ok(await head.PutAsJsonAsync($"/api/v1/licensing/delegations/{department}/chief-{department}", new
            {
                itemCodes = new[] { ItemCode }, maxAmountYuan = 10_000_000m, validFrom = "2024-01-01", validUntil = "2027-12-31",
            }));
        }
    }

    /// <summary>The item's text as this scenario publishes it.</summary>
    public LicensingItem Item(LicensingMode mode, int days, params string[] cooperating) => new()
    {
        Code = ItemCode, Name = "建筑工程施工许可", DepartmentId = Department, Mode = mode, LegalBasis = "建筑法 第七条", Window = "A区 3号窗口",
        Procedure = ["受理", "审查", "决定"], Conditions = ["已依法确定施工企业"], Materials = [.. Materials], PromisedWorkingDays = days,
        NeedsTradeCertificate = true, CooperatingDepartmentIds = [.. cooperating], Fees = Fees, MajorProjectFastTrack = FastTrack,
    };

    /// <summary>A user of <paramref name="department"/> in <paramref name="role"/>, named as this scenario's own users are.</summary>
    public HttpClient In(string department, string role) => platform.ClientAs(role, department, role switch
    {
        Roles.WindowOfficer => "officer-",
        Roles.ChiefRepresentative => "chief-",
        Roles.DepartmentReviewer => "reviewer-",
        _ => "user-",
    } + department);

    /// <summary>Uploads a material and answers its SHA-256.</summary>
    public async Task<string> Upload(HttpClient client, string content)
    {
        var body = await Json(await client.PostAsync("/api/v1/licensing/materials", new StringContent(content)));
        return body.GetProperty("sha256Hex").GetString()!;
    }

    /// <summary>Applies with the named materials; answers the case.</summary>
    public async Task<JsonElement> Apply(HttpClient client, params string[] materials) => await Json(await ApplyFor(client, "Other", null, null, materials));

    /// <summary>An immediate case taken to its decision at the window: accepted and reviewed by the officer, granted by the chief representative.</summary>
    public async Task Grant(string number)
    {
        using var officer = Officer;
        using var chief = Chief;
        var cases = $"/api/v1/licensing/cases/{number}";
        await Json(await officer.PostAsync($"{cases}/acceptance", null));
        await Json(await officer.PostAsJsonAsync($"{cases}/review", new { text = "材料齐全" }));
        await Json(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "当场办结" }));
    }

    /// <summary>Applies for a project of <paramref name="projectKind"/> presenting <paramref name="certificate"/> at the gate; answers the response.</summary>
    public async Task<HttpResponseMessage> ApplyFor(HttpClient client, string projectKind, string? projectCode, string? certificate, params string[] materials)
    {
        var list = new List<object>();
        foreach (var name in materials.Length == 0 ? Materials : materials) list.Add(new { name, sha256 = await Upload(client, name + Guid.NewGuid()) });
        return await client.PostAsJsonAsync("/api/v1/licensing/cases", new
        {
            itemCode = ItemCode, applicantName = "张三", subject = "某办公楼工程", amountYuan = 5_000_000m, materials = list,
            projectKind, projectCode, tradeCertificate = certificate,
        });
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task Ok(HttpResponseMessage response) => await Json(response);

    /// <summary>Asserts the refusal is problem details naming <paramref name="rule"/> with the rule's status.</summary>
    public static Task<JsonElement> Refused(HttpResponseMessage response, string rule) =>
        ProblemAssert.IsRule(response, (HttpStatusCode)Problems.RuleProblems.StatusOf(RuleCatalogue.Get(rule).Kind), rule);
}
