using System.Text;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Demo;

/// <summary>
/// Licensing cases of the demo hall in every mode and at several steps: decided on the spot, certified, stopped for expert
/// review, awaiting materials after the one-time notice, in joint review, forwarded by the composite window, not accepted;
/// the decided ones rated by their applicants. Each goes through the same grains and rules as a real case; a case that
/// exists is left as it is.
/// </summary>
internal static class DemoCases
{
    public static readonly Actor Window1 = Officer("window1", "dept-housing", Roles.WindowOfficer);
    public static readonly Actor Window2 = Officer("window2", "dept-market", Roles.WindowOfficer);
    public static readonly Actor Window3 = Officer("window3", "dept-drc", Roles.WindowOfficer);
    private static readonly Actor Chief1 = Officer("chief1", "dept-housing", Roles.ChiefRepresentative);
    private static readonly Actor Chief2 = Officer("chief2", "dept-market", Roles.ChiefRepresentative);
    private static readonly Actor Reviewer1 = Officer("reviewer1", "dept-housing", Roles.DepartmentReviewer);

    public static async Task SeedAsync(IGrainFactory grains, IBlobStore blobs, DateTimeOffset now)
    {
        await Delegate(grains, Chief1, "LIC-HOUSING-001", now);
        await Delegate(grains, Chief2, "LIC-MARKET-001", now);

        // 即办件: accepted, reviewed and decided at the window the day it came (on-the-spot completion), then rated.
        foreach (var (number, applicant, level) in new[] { ("LDEMO0001", 1, RatingLevel.VerySatisfied), ("LDEMO0002", 2, RatingLevel.Satisfied) })
            await Case(grains, blobs, number, "LIC-MARKET-001", applicant, async c =>
            {
                await c.Accept(Window2);
                await c.Review("材料齐全，符合法定形式，当场办结。", Window2);
                await c.Decide(true, "准予变更登记。", Chief2);
                await Rate(grains, number, level, Applicant(applicant));
            });

        // 承诺件: decided by the chief representative and delivered by the window; another stopped for expert review (ALL 45).
        await Case(grains, blobs, "LDEMO0003", "LIC-HOUSING-001", 3, async c =>
        {
            await c.Accept(Window1);
            await c.Review("施工图审查合格，资金已落实。", Reviewer1);
            await c.Decide(true, "准予核发施工许可证。", Chief1);
            await c.IssueCertificate(Window1);
            await Rate(grains, "LDEMO0003", RatingLevel.Satisfied, Applicant(3));
        });
        await Case(grains, blobs, "LDEMO0004", "LIC-HOUSING-001", 4, async c =>
        {
            await c.Accept(Window1);
            await c.StopClock("组织专家对深基坑支护方案进行论证，已书面告知申请人（行政许可法第四十五条）。", Reviewer1);
        });
        // The one-time notice of everything missing (ALL 32).
        await Case(grains, blobs, "LDEMO0005", "LIC-HOUSING-001", 5, c => c.NotifyMissing(["施工图审查合格书", "资金到位证明"], Window1), materials: 2);
        // 联办件: the first window accepts, the cooperating departments review in parallel.
        await Case(grains, blobs, "LDEMO0006", "LIC-DRC-001", 6, c => c.Accept(Window3));
        // 综合窗口: received and accepted at the composite window, forwarded to the deciding department.
        await Case(grains, blobs, "LDEMO0007", "LIC-TRANSPORT-001", 7, c => c.Accept(Window1), receivedBy: Window1);
        // Outside the department's powers: not accepted, with where to go (ALL 32).
        await Case(grains, blobs, "LDEMO0008", "LIC-MARKET-001", 8, c => c.RefuseOutsidePowers("外资企业变更登记由商务部门办理，请到B区商务窗口申请。", Window2));
    }

    private static async Task Case(
        IGrainFactory grains, IBlobStore blobs, string number, string itemCode, int applicant, Func<ILicensingCaseGrain, Task> steps, int? materials = null,
        Actor? receivedBy = null)
    {
        var grain = grains.GetGrain<ILicensingCaseGrain>(number);
        if (await grain.Get() is not null) return;
        var item = await grains.GetGrain<ILicensingItemGrain>(itemCode).Get() ?? throw new InvalidOperationException($"Demo item {itemCode} is not published.");
        var uploaded = new List<CaseMaterial>();
        foreach (var material in item.Materials.Take(materials ?? item.Materials.Count))
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes($"{number} {material}（演示材料）"));
            uploaded.Add(new CaseMaterial { Name = material, Sha256 = (await blobs.PutAsync(content, CancellationToken.None)).Sha256Hex });
        }

        var bidder = Applicant(applicant);
        await grain.Apply(new CaseApplication
        {
            ItemCode = itemCode, Channel = receivedBy is null ? CaseChannel.Online : CaseChannel.Window, ApplicantName = $"投标人 {applicant:D2}",
            ApplicantOrganizationId = bidder.OrganizationId, Subject = $"{item.Name}（演示办件 {number}）", Materials = uploaded, ProjectKind = ProjectKind.Other,
        }, receivedBy ?? bidder);
        await steps(grain);
    }

    private static async Task Delegate(IGrainFactory grains, Actor chief, string itemCode, DateTimeOffset now)
    {
        var department = chief.OrganizationId!;
        var grain = grains.GetGrain<IChiefDelegationGrain>(ChiefDelegationKeys.Of(department, chief.UserName));
        if (await grain.Get() is not null) return;
        var today = BeijingTime.DateOf(now);
        await grain.Grant(new ChiefDelegation
        {
            DepartmentId = department, ChiefUserName = chief.UserName, ItemCodes = [itemCode], MaxAmountYuan = 10_000_000m,
            ValidFrom = today.AddDays(-1), ValidUntil = today.AddYears(1),
        }, Officer($"head-{department}", department, Roles.DepartmentHead));
    }

    private static Task Rate(IGrainFactory grains, string number, RatingLevel level, Actor applicant) =>
        grains.GetGrain<IRatingGrain>(RatingKeys.OfCase(number)).RateCase(number, level, "", applicant);

    // The demo bidders (bidder01 … of bidder-01 …) apply online and rate their cases.
    private static Actor Applicant(int i) => new($"bidder{i:D2}", $"bidder-{i:D2}", [Roles.Bidder], "127.0.0.1");

    private static Actor Officer(string user, string department, string role) => new(user, department, [role], "127.0.0.1");
}
