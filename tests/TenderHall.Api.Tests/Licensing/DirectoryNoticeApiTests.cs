using System.Globalization;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>Each step of a directory proposal tells whoever must act next, and only them, once the step is stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DirectoryNoticeApiTests(PlatformFactory platform)
{
    private const string Proposed = "licensing.directory-proposed";
    private const string Reviewed = "licensing.directory-reviewed";
    private const string Returned = "licensing.directory-returned";
    private const string Approved = "licensing.directory-approved";
    private const string Refused = "licensing.directory-refused";

    /// <summary>The inboxes a directory notice may reach, and those that must never see one: the organisations of the centre's and the province's users, another department, an applicant.</summary>
    private sealed class Audience(PlatformFactory platform, LicensingScenario s, string code) : IDisposable
    {
        private readonly HttpClient department = platform.ClientAs(Roles.WindowOfficer, s.Department, "officer-" + s.Department);
        private readonly HttpClient centre = platform.ClientAs(Roles.CentreAdmin, "dept-centre", "centre-admin");
        private readonly HttpClient province = platform.ClientAs(Roles.ProvincialGovernment, "gov-province", "province-official");
        private readonly HttpClient stranger = platform.ClientAs(Roles.DepartmentHead, "dept-" + Guid.NewGuid().ToString("N")[..8], "head-stranger");
        private readonly HttpClient applicant = s.Applicant;

        public DirectoryFlow Flow { get; } = new(platform, code);

        private string Subject { get; } = "licensing-item/" + code;

        public Task<List<JsonElement>> Department() => Inboxes.About(department, Subject);

        public Task<List<JsonElement>> Centre() => Inboxes.About(centre, Subject, Roles.CentreAdmin);

        public Task<List<JsonElement>> Province() => Inboxes.About(province, Subject, Roles.ProvincialGovernment);

        /// <summary>Asserts the types each inbox holds about the item, oldest first, and that nobody else holds any.</summary>
        public async Task Holds(string[] toDepartment, string[] toCentre, string[] toProvince)
        {
            Assert.Equal(toDepartment, Inboxes.Types(await Department()));
            Assert.Equal(toCentre, Inboxes.Types(await Centre()));
            Assert.Equal(toProvince, Inboxes.Types(await Province()));
            foreach (var client in new[] { centre, province, stranger, applicant }) Assert.Empty(await Inboxes.About(client, Subject));
        }

        public void Dispose()
        {
            foreach (var client in new[] { department, centre, province, stranger, applicant }) client.Dispose();
        }
    }

    // A department of its own, and the text of an item it does not have yet.
    private async Task<(LicensingScenario S, string Code, LicensingItem Item)> NewItem()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var code = "LIC-" + Guid.NewGuid().ToString("N")[..10];
        var item = s.Item(LicensingMode.Immediate, 0);
        item.Code = code;
        return (s, code, item);
    }

    [Fact]
    public async Task Each_step_of_a_proposal_notifies_exactly_whoever_must_act_next_in_both_languages()
    {
        var (s, code, item) = await NewItem();
        using var audience = new Audience(platform, s, code);
        var flow = audience.Flow;
        using var head = flow.Head(s.Department);
        using var centre = flow.Centre;
        using var province = flow.Province;

        await Ok(await flow.Propose(head, "Add", item, flow.Today, "新增即办事项"));
        await audience.Holds([], [Proposed], []);
        var proposed = (await audience.Centre()).Single();
        Assert.Contains(code, proposed.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("新增即办事项", proposed.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("centre's review", proposed.GetProperty("textEn").GetString(), StringComparison.Ordinal);

        // Sent back by the centre: the department hears why.
        await Ok(await flow.Review(centre, approve: false, opinion: "收费依据未列明"));
        await audience.Holds([Returned], [Proposed], []);
        var returned = (await audience.Department()).Single();
        Assert.Contains("收费依据未列明", returned.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("sent back by the centre", returned.GetProperty("textEn").GetString(), StringComparison.Ordinal);

        // Proposed again and passed on: the province's approvers hear of it; then approved, the department and the centre hear the day it takes effect.
        var from = flow.Today.AddDays(3);
        await Ok(await flow.Propose(head, "Add", item, from, "补充收费依据后重新提出"));
        await Ok(await flow.Review(centre));
        await audience.Holds([Returned], [Proposed, Proposed], [Reviewed]);
        await Ok(await flow.Decide(province));
        await audience.Holds([Returned, Approved], [Proposed, Proposed, Approved], [Reviewed]);
        var day = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var approved = (await audience.Department())[^1];
        Assert.Contains(day, approved.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains($"takes effect on {day}", approved.GetProperty("textEn").GetString(), StringComparison.Ordinal);
        Assert.Equal(approved.GetProperty("id").GetString(), (await audience.Centre())[^1].GetProperty("id").GetString());

        // A step sent again is refused and tells nobody anything twice.
        await Refused(await flow.Decide(province), "LIC-DIR-STATE");
        await audience.Holds([Returned, Approved], [Proposed, Proposed, Approved], [Reviewed]);

        // The province refuses a later change: the department and the centre hear it, the version in force stays.
        await Ok(await flow.Propose(head, "Withdraw", null, from.AddDays(1), "事项取消"));
        await Ok(await flow.Review(centre));
        await Ok(await flow.Decide(province, approve: false));
        await audience.Holds([Returned, Approved, Refused], [Proposed, Proposed, Approved, Proposed, Refused], [Reviewed, Reviewed]);
        Assert.Contains("不同意", (await audience.Department())[^1].GetProperty("textZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_whose_write_fails_notifies_nobody_and_a_step_stored_with_its_answer_lost_notifies_once_when_retried()
    {
        var (s, code, item) = await NewItem();
        using var audience = new Audience(platform, s, code);
        var flow = audience.Flow;
        using var head = flow.Head(s.Department);
        using var centre = flow.Centre;

        platform.Faults.FailWrite("th-licensing-item", code);
        await ProblemAssert.IsRetryLater(await flow.Propose(head, "Add", item, flow.Today));
        await audience.Holds([], [], []);
        await Ok(await flow.Propose(head, "Add", item, flow.Today));
        await audience.Holds([], [Proposed], []);

        // The review is stored but its answer lost: the retry finds it reviewed, and the province hears of it once.
        platform.Faults.FailWrite("th-licensing-item", code, afterCommit: true);
        await ProblemAssert.IsRetryLater(await flow.Review(centre));
        await Refused(await flow.Review(centre), "LIC-DIR-STATE");
        await Refused(await flow.Review(centre), "LIC-DIR-STATE");
        await audience.Holds([], [Proposed], [Reviewed]);
    }

    [Fact]
    public async Task A_role_inbox_is_read_only_by_holders_of_that_role()
    {
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-inbox");
        using var province = platform.ClientAs(Roles.ProvincialGovernment, "gov-province", "province-inbox");
        await Ok(await centre.GetAsync("/api/v1/notifications/roles/CentreAdmin"));
        await Ok(await province.GetAsync("/api/v1/notifications/roles/ProvincialGovernment"));
        await Refused(await centre.GetAsync("/api/v1/notifications/roles/ProvincialGovernment"), "AUTH-FORBIDDEN");
        await Refused(await province.GetAsync("/api/v1/notifications/roles/CentreAdmin"), "AUTH-FORBIDDEN");
        await Refused(await centre.GetAsync("/api/v1/notifications/roles/Bidder"), "DIR-NOT-FOUND");
    }
}
