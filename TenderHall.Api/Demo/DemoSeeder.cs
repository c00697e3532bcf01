using TenderHall.Api.Hosting;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Demo;

/// <summary>
/// Seeds a believable centre: departments, two agencies, twenty bidders with key pairs, 240 experts across all
/// specialties, licensing items of every mode, an account for every role, tenders at several stages, licensing cases of every
/// mode with their ratings, and today's queues in the hall. Idempotent: running it again the same day changes nothing.
/// </summary>
public sealed partial class DemoSeeder(
    IGrainFactory grains, PlatformOptions platform, DemoTenders tenders, IBlobStore blobs, PlatformClock clock, ILogger<DemoSeeder> logger)
{
    /// <summary>Password of every demo account.</summary>
    public const string Password = "demo1234";

    /// <summary>How many bidders and experts the demo centre has.</summary>
    public const int BidderCount = 20, ExpertCount = 240;

    /// <summary>Seeds everything.</summary>
    public async Task SeedAsync()
    {
        var random = new Random(20261128);
        var keys = Path.Combine(platform.DataDirectory, "demo-keys");
        foreach (var (id, zh, en) in DemoDirectory.Departments)
        {
            var department = DemoDirectory.Organization(id, OrganizationKind.Department, zh, en, DemoDirectory.CreditCodeFor(random, '1', '1'));
            if (DemoDirectory.Custodians.Contains(id)) department.Keys = DemoKeys.LoadOrCreate(keys, id, $"CA-HN-GOV-{id}");
            await Register(department);
        }

        foreach (var (id, zh, en) in DemoDirectory.Agencies)
        {
            var agency = DemoDirectory.Organization(id, OrganizationKind.Agency, zh, en, DemoDirectory.CreditCodeFor(random));
            agency.Keys = DemoKeys.LoadOrCreate(keys, id, $"CA-HN-AG-{id}");
            await Register(agency);
        }
        await SeedBidders(random);
        await SeedExperts(random);
        await DemoItemDirectory.SeedAsync(grains, blobs, clock.UtcNow);
        await SeedAccounts();
        await tenders.SeedAsync();
        await DemoCases.SeedAsync(grains, blobs, clock.UtcNow);
        await DemoQueues.SeedAsync(grains, clock.UtcNow);
        LogSeeded(logger, DemoDirectory.Departments.Length, DemoDirectory.Agencies.Length, BidderCount, ExpertCount);
    }

    private async Task SeedBidders(Random random)
    {
        var keys = Path.Combine(platform.DataDirectory, "demo-keys");
        for (var i = 1; i <= BidderCount; i++)
        {
            var (tradeZh, tradeEn) = DemoNames.Trades[(i - 1) % DemoNames.Trades.Length];
            var city = DemoNames.Cities[(i - 1) % DemoNames.Cities.Length];
            var id = $"bidder-{i:D2}";
            var profile = DemoDirectory.Organization(id, OrganizationKind.Bidder, $"海南{city}{tradeZh}有限公司{(i > 10 ? "（二）" : "")}",
                $"Hainan {tradeEn} Co. {i:D2}", DemoDirectory.CreditCodeFor(random));
            profile.Keys = DemoKeys.LoadOrCreate(keys, id, $"CA-HN-{20260000 + i}");
            await Register(profile);
        }
    }

    private async Task SeedExperts(Random random)
    {
        var specialties = Specialties.All.Keys.Order(StringComparer.Ordinal).ToArray();
        var employers = DemoNames.Employers.Select(e => (Name: e, Code: DemoDirectory.CreditCodeFor(random, '1', '2'))).ToArray();
        var experts = Enumerable.Range(1, ExpertCount).Select(i =>
        {
            var employer = employers[random.Next(employers.Length)];
            var first = specialties[(i - 1) % specialties.Length];
            var second = specialties[random.Next(specialties.Length)];
            return new ExpertProfile
            {
                Id = $"expert-{i:D4}",
                Name = DemoNames.Surnames[random.Next(DemoNames.Surnames.Length)] + DemoNames.Given[random.Next(DemoNames.Given.Length)],
                Specialties = [first, second],
                EmployerName = employer.Name,
                EmployerCreditCode = employer.Code,
                Title = DemoNames.Titles[random.Next(DemoNames.Titles.Length)],
                // From the index, not the random sequence, so a demo seeded before these fields existed seeds the same names.
                TitleLevel = TitleLevel.Senior, YearsInField = 8 + (i * 7 % 25), Region = DemoNames.Regions[i % DemoNames.Regions.Length],
                Mobile = $"1390898{i:D4}",
            };
        }).ToList();
        // Registered 24 at a time: enough to overlap storage writes, few enough not to queue up on SQLite.
        foreach (var batch in experts.Chunk(24))
            await Task.WhenAll(batch.Select(e => grains.GetGrain<IExpertGrain>(e.Id).Register(e)));
    }

    private async Task SeedAccounts()
    {
        var accounts = new List<AccountInfo>
        {
            Account("admin", "中心管理员 Centre administrator", Roles.CentreAdmin, null),
            Account("supervisor1", "监督员 张建华", Roles.Supervisor, "dept-supervision"),
            Account("supervisor2", "监督员 林海燕", Roles.Supervisor, "dept-supervision"),
            // The notary office is one of the tenders' key custodians (DemoDirectory.Custodians) and, as a department, cannot
            // use certificate sign-in: without this account only two of the four custodians could hand over a share (threshold 3).
            // A custodian's only power is handing over its share: it neither supervises nor signs the record.
            Account("notary1", "公证员 陈立新", Roles.Custodian, "notary-hainan"),
            Account("agency1", "琼州招标代理 经办人", Roles.Agency, "agency-qiongzhou"),
            Account("agency2", "南海工程咨询 经办人", Roles.Agency, "agency-nanhai"),
            // An interested party outside the bidders (BLR 22, BLR 60): its objections and complaints are its organisation's.
            Account("complainant1", "异议投诉人 王志强", Roles.Complainant, "interested-01"),
            Account("window1", "综合窗口 工作人员", Roles.WindowOfficer, "dept-housing"),
            Account("window2", "市场监管局窗口 工作人员", Roles.WindowOfficer, "dept-market"),
            Account("window3", "发展改革委首办窗口 工作人员", Roles.WindowOfficer, "dept-drc"),
            Account("chief2", "市场监管局首席代表", Roles.ChiefRepresentative, "dept-market"),
            Account("chief1", "住建厅首席代表", Roles.ChiefRepresentative, "dept-housing"),
            Account("reviewer1", "住建厅审核人员", Roles.DepartmentReviewer, "dept-housing"),
            Account("province1", "省政府审批人员", Roles.ProvincialGovernment, "gov-province"),
            Account("head1", "住建厅负责人", Roles.DepartmentHead, "dept-housing"),
        };
        accounts.AddRange(Enumerable.Range(1, BidderCount).Select(i => Account($"bidder{i:D2}", $"投标人 {i:D2}", Roles.Bidder, $"bidder-{i:D2}")));
        accounts.AddRange(Enumerable.Range(1, 5).Select(i => Account($"expert{i:D4}", $"评标专家 {i:D4}", Roles.Expert, $"expert-{i:D4}")));
        foreach (var account in accounts)
        {
            // An account seeded by an earlier version with other details (another organisation) is left as it is, like an
            // organisation below: the demo database of an older checkout still starts.
            try { await grains.GetGrain<IAccountGrain>(account.UserName).Create(account, Password); }
            catch (RuleViolationException e) when (e.Rule == "DIR-EXISTS") { }
        }
    }

    private static AccountInfo Account(string user, string name, string role, string? organization) =>
        new() { UserName = user, DisplayName = name, Roles = [role], OrganizationId = organization };

    // An organisation seeded by an earlier run (perhaps by an older version with other details) is left as it is.
    private async Task Register(OrganizationProfile profile)
    {
        var organization = grains.GetGrain<IOrganizationGrain>(profile.Id);
        if (await organization.Get() is null) await organization.Register(profile);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo centre ready: {Departments} departments, {Agencies} agencies, {Bidders} bidders, {Experts} experts")]
    private static partial void LogSeeded(ILogger logger, int departments, int agencies, int bidders, int experts);
}
