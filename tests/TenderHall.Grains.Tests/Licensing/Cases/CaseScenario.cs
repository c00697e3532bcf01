using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Licensing.Cases;

namespace TenderHall.Grains.Tests.Licensing.Cases;

/// <summary>A licensing case over plain state on the real State Council calendars, with the department's people.</summary>
internal sealed class CaseScenario
{
    public const string Department = "dept-housing";

    /// <summary>The State Council calendars the clocks count on.</summary>
    public static readonly HolidayCalendar Holidays = ChinaCalendars.Load();

    private static readonly CaseCalendar Calendar = new(Holidays);

    public CaseScenario(LicensingMode mode = LicensingMode.Committed, int days = 10, params string[] cooperating)
    {
        Item = new LicensingItem
        {
            Code = "LIC-T", Name = "施工许可", DepartmentId = Department, Mode = mode, LegalBasis = "建筑法 第七条", Window = "3号窗口",
            Conditions = ["已依法确定施工企业"], Procedure = ["受理", "审查", "决定"], Materials = ["申请表", "施工合同"], PromisedWorkingDays = days, CooperatingDepartmentIds = [.. cooperating],
        };
    }

    public LicensingItem Item { get; }

    public LicensingCaseState State { get; } = new();

    public static Actor Officer { get; } = new("officer", Department, [Roles.WindowOfficer], null);

    public static Actor Reviewer { get; } = new("reviewer", Department, [Roles.DepartmentReviewer], null);

    public static Actor Chief { get; } = new("chief", Department, [Roles.ChiefRepresentative], null);

    public static Actor Applicant { get; } = new("applicant", "org-applicant", [Roles.Bidder], null);

    public ChiefDelegation Delegation { get; } = new()
    {
        DepartmentId = Department, ChiefUserName = "chief", ItemCodes = ["LIC-T"], MaxAmountYuan = 1_000_000,
        ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2027, 12, 31),
    };

    /// <summary>A fresh aggregate over the same state, as the grain makes one per command.</summary>
    public LicensingCase Case() => new("L-TEST", State, Calendar);

    /// <summary>Applies with the given materials (default: all of them) at <paramref name="at"/> (Beijing wall time).</summary>
    public LicensingCase Apply(DateTimeOffset at, params string[] materials) => ApplyAs(Applicant, at, null, materials);

    /// <summary>Applies as <paramref name="actor"/>, naming <paramref name="windowId"/> as the receiving window.</summary>
    public LicensingCase ApplyAs(Actor actor, DateTimeOffset at, string? windowId, params string[] materials)
    {
        var c = Case();
        var names = materials.Length == 0 ? Item.Materials : [.. materials];
        c.Apply(new CaseApplication
        {
            ItemCode = Item.Code, Channel = CaseChannel.Online, ApplicantName = "张三", ApplicantOrganizationId = "org-applicant",
            Subject = "某办公楼", AmountYuan = 500_000, Materials = [.. names.Select(n => new CaseMaterial { Name = n, Sha256 = new string('a', 64) })],
            WindowId = windowId,
        }, Item, null, actor, at);
        return c;
    }

    /// <summary>An officer of <paramref name="department"/> in <paramref name="role"/>.</summary>
    public static Actor Of(string department, string role) => new($"{role}-{department}", department, [role], null);

    /// <summary>The delegation of <paramref name="department"/>'s chief for the item.</summary>
    public ChiefDelegation DelegationIn(string department) => new()
    {
        DepartmentId = department, ChiefUserName = $"{Roles.ChiefRepresentative}-{department}", ItemCodes = [Item.Code], MaxAmountYuan = 1_000_000,
        ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2027, 12, 31),
    };

    /// <summary>Applies and accepts at <paramref name="at"/>.</summary>
    public LicensingCase Accepted(DateTimeOffset at)
    {
        Apply(at);
        var c = Case();
        c.Accept(Officer, at);
        return c;
    }

    /// <summary>Beijing wall time.</summary>
    public static DateTimeOffset Beijing(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));
}
