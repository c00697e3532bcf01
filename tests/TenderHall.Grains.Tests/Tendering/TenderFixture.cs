using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Tendering;

namespace TenderHall.Grains.Tests.Tendering;

/// <summary>A tender aggregate on the real calendar, with parties and a legal schedule to start from.</summary>
internal sealed class TenderFixture
{
    public static readonly TenderDeadlines Deadlines = new(ChinaCalendars.Load(), StatutoryPeriods.Default);
    public static readonly Actor Agency = new("agent", "agency-a", [Roles.Agency], "10.1.1.1");
    public static readonly Actor OtherAgency = new("other", "agency-b", [Roles.Agency], "10.1.1.2");
    public static readonly Actor Supervisor = new("supervisor", "dept-supervision", [Roles.Supervisor], "10.1.1.3");
    public static readonly Actor BidderA = new("bidder-a", "bidder-01", [Roles.Bidder], "10.2.0.1");
    public static readonly Actor BidderB = new("bidder-b", "bidder-02", [Roles.Bidder], "10.2.0.2");

    /// <summary>Monday 2 March 2026, 09:00 Beijing: no holiday for weeks on either side.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public TenderState State { get; } = new();

    public Tender Tender { get; }

    public TenderFixture(LegalRegime regime = LegalRegime.Engineering) => Tender = new Tender("T-1", State, Deadlines);

    public static ProjectRegistration Project(LegalRegime regime = LegalRegime.Engineering) => new()
    {
        Code = "2026-460000-48-01-000123", Name = "海口市某道路工程", Type = ProjectType.Works, EstimatedValueFen = 5_000_000_000,
        Regime = regime, Tenderee = "海口市交通局", AgencyId = "agency-a",
        Scheme = new ApprovedScheme { Scope = ["施工一标段"], Method = ProcurementMethod.Open, Organisation = TenderOrganisation.Agency, ApprovedBy = "dept-drc", ApprovalNumber = "琼发改〔2026〕1号" },
    };

    public static TenderRegistration Registration() => new()
    {
        ProjectCode = "2026-460000-48-01-000123", Lot = "施工一标段", Title = "海口市某道路工程施工一标段", Method = ProcurementMethod.Open,
        Organisation = TenderOrganisation.Agency, EstimatedPriceFen = 4_000_000_000, DepositFen = 80_000_000, DocumentFeeFen = 50_000, AgencyId = "agency-a",
    };

    public static DocumentVersion Documents(string hashChar = "a") => new() { Sha256 = string.Concat(Enumerable.Repeat(hashChar, 64)), Size = 1024 };

    /// <summary>Registered, then published Monday with sale Monday–the following Tuesday (BLR 16: to Monday 24:00 at least) and the deadline 30 days out.</summary>
    public TenderFixture Published(LegalRegime regime = LegalRegime.Engineering)
    {
        Tender.Register(Registration(), Project(regime), Agency, Monday.AddDays(-1));
        Tender.Publish(Monday.AddHours(1), Monday.AddDays(8), Monday.AddDays(30), "招标公告", Documents(), Agency, Monday);
        return this;
    }
}
