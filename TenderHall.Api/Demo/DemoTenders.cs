using System.Text;
using TenderHall.Api.Fees;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Demo;

/// <summary>
/// Demo projects and tenders at several stages: registered, announced, documents on sale with paying holders (one
/// covering its deposit with a verified guarantee letter), paused by an objection, and terminated. Each goes through the same grains and rules as real ones.
/// </summary>
public sealed class DemoTenders(IGrainFactory grains, IBlobStore blobs, PlatformClock clock, ITenderCalendar calendar, string dataDirectory)
{
    private static readonly Actor Agency1 = new("agency1", "agency-qiongzhou", [Roles.Agency], "127.0.0.1");
    private static readonly Actor Agency2 = new("agency2", "agency-nanhai", [Roles.Agency], "127.0.0.1");
    private static readonly Actor Finance = new("supervisor", "dept-supervision", [Roles.Supervisor], "127.0.0.1");

    /// <summary>Seeds the projects and tenders; tenders that already exist are left as they are.</summary>
    public async Task SeedAsync()
    {
        await Project("2026-460000-48-01-000101", "海口江东新区滨江大道改造工程", ProjectType.Works, 18_000_000_000, "agency-qiongzhou", ["施工一标段", "施工二标段", "监理标段"]);
        await Project("2026-460000-65-01-000102", "海南省人民医院医疗设备采购项目", ProjectType.Goods, 3_500_000_000, "agency-nanhai", ["CT设备包", "超声设备包"], LegalRegime.GovernmentProcurement);
        await Project("2026-460000-48-01-000103", "三亚市城区供水管网改造工程", ProjectType.Works, 6_200_000_000, "agency-qiongzhou", ["施工标段"]);

        await Tender("DEMO-T1", "2026-460000-48-01-000101", "施工二标段", "滨江大道改造工程施工二标段", Agency1, 7_000_000_000, publish: false);
        await Tender("DEMO-T2", "2026-460000-48-01-000101", "监理标段", "滨江大道改造工程监理", Agency1, 300_000_000, publish: true, saleInDays: 3);
        var onSale = await Tender("DEMO-T3", "2026-460000-48-01-000101", "施工一标段", "滨江大道改造工程施工一标段", Agency1, 9_000_000_000, publish: true);
        var paused = await Tender("DEMO-T4", "2026-460000-65-01-000102", "CT设备包", "人民医院CT设备采购", Agency2, 1_800_000_000, publish: true);
        var ended = await Tender("DEMO-T5", "2026-460000-48-01-000103", "施工标段", "城区供水管网改造工程施工", Agency1, 6_000_000_000, publish: true);

        if (onSale)
        {
            foreach (var bidder in new[] { "bidder-01", "bidder-02", "bidder-03", "bidder-04" }) await BuyDocuments("DEMO-T3", bidder);
            await LodgeVerifiedLetter("DEMO-T3", "bidder-01");
        }

        if (paused)
        {
            await BuyDocuments("DEMO-T4", "bidder-08");
            await grains.GetGrain<IDirectoryIndexGrain>(Tendering.MyObjectionsApi.IndexOf("bidder-08")).Add("DEMO-T4");
            await grains.GetGrain<ITenderGrain>("DEMO-T4").RaiseObjection(Bidder("bidder-08"), "技术参数第2.3条指向特定品牌，排斥其他潜在供应商。");
            // GPL 57: a challenge pauses nothing; the finance department suspends the procurement while it handles a complaint.
            await grains.GetGrain<ITenderGrain>("DEMO-T4").Suspend("投诉处理期间暂停采购活动（政府采购法第五十七条）。", Finance);
        }

        if (ended) await grains.GetGrain<ITenderGrain>("DEMO-T5").Terminate("项目初步设计调整，本次招标终止，将重新招标。", Agency1);
    }

    private Task Project(string code, string name, ProjectType type, long valueFen, string agency, string[] scope,
        LegalRegime regime = LegalRegime.Engineering) =>
        grains.GetGrain<IProjectGrain>(code).Register(new ProjectRegistration
        {
            Code = code, Name = name, Type = type, EstimatedValueFen = valueFen, StateFunded = true, Regime = regime, AgencyId = agency,
            Tenderee = name[..Math.Min(6, name.Length)] + "建设单位",
            Scheme = new ApprovedScheme
            {
                Scope = [.. scope], Method = ProcurementMethod.Open, Organisation = TenderOrganisation.Agency,
                ApprovedBy = "dept-drc", ApprovalNumber = $"琼发改审批〔2026〕{code[^3..]}号",
            },
        });

    // Returns true when the tender was created now (so the stage-specific steps run once).
    private async Task<bool> Tender(string id, string project, string lot, string title, Actor agency, long estimatedFen, bool publish, int saleInDays = 0)
    {
        var tender = grains.GetGrain<ITenderGrain>(id);
        if (await tender.Get() is not null) return false;
        await tender.Register(new TenderRegistration
        {
            ProjectCode = project, Lot = lot, Title = title, Method = ProcurementMethod.Open, Organisation = TenderOrganisation.Agency,
            EstimatedPriceFen = estimatedFen, DepositFen = estimatedFen / 100, DocumentFeeFen = 30_000,
        }, agency);
        if (!publish) return true;

        var documents = Encoding.UTF8.GetBytes($"{title}\n招标文件\n第一章 招标公告\n第二章 投标人须知\n第三章 评标办法（综合评估法）\n第四章 合同条款\n第五章 工程量清单\n第六章 技术标准和要求\n第七章 投标文件格式\n");
        using var stream = new MemoryStream(documents);
        var blob = await blobs.PutAsync(stream, CancellationToken.None);
        var now = clock.UtcNow;
        var saleStart = now.AddDays(saleInDays);
        // A week's sale and a month to bid, moved later where a holiday makes them too short (GPR 31 counts working days).
        var legal = calendar.EarliestLegal((await tender.Get())!.Regime, now, saleStart, saleStart.AddDays(7), WorkingDayNineAm(saleStart.AddDays(30)));
        await tender.Publish(new PublishRequest
        {
            // Omitted, the sale opens the moment the announcement is published.
            SaleStart = saleInDays == 0 ? null : saleStart, SaleEnd = legal.SaleEnd, BidDeadline = WorkingDayNineAm(legal.BidDeadline),
            Announcement = $"{title}已具备招标条件，现进行公开招标，欢迎符合资格条件的投标人参加投标。", DocumentSha256 = blob.Sha256Hex,
            Custody = new CustodyRequest { Custodians = [.. DemoDirectory.Custodians, agency.OrganizationId!], Threshold = 3 },
        }, agency);
        return true;
    }

    private async Task BuyDocuments(string tenderId, string bidderId)
    {
        var view = await grains.GetGrain<ITenderGrain>(tenderId).Get();
        var orderId = FeeOrderIds.For(FeePurpose.DocumentFee, tenderId, bidderId);
        var order = grains.GetGrain<IFeeOrderGrain>(orderId);
        await order.Create(new FeeOrderRequest { Purpose = FeePurpose.DocumentFee, SubjectId = tenderId, PayerId = bidderId, AmountFen = view!.Registration.DocumentFeeFen });
        using var bank = new SimulatedBankWindow(dataDirectory);
        await order.ConfirmPayment(bank.Paid(orderId, view.Registration.DocumentFeeFen, clock.UtcNow, $"DEMO-{tenderId}-{bidderId}"));
        await grains.GetGrain<ITenderGrain>(tenderId).RecordDownload(Bidder(bidderId), "demo-device-" + bidderId);
    }

    // The simulated bank stands in for the issuer, as it does for the designated bank: the letter goes through the same checks.
    private async Task LodgeVerifiedLetter(string tenderId, string bidderId)
    {
        var view = (await grains.GetGrain<ITenderGrain>(tenderId).Get())!;
        var guarantee = grains.GetGrain<IGuaranteeGrain>(GuaranteeIds.For(tenderId, bidderId));
        var letter = await guarantee.Lodge(new GuaranteeLodging
        {
            IssuerName = "中国工商银行海口分行", IssuerCreditCode = DemoDirectory.CreditCodeFor(new Random(46)), LetterNumber = $"BG-{tenderId}-{bidderId}",
            AmountFen = view.Registration.DepositFen, ValidFrom = clock.UtcNow, ValidUntil = view.Schedule!.BidDeadline.AddDays(90),
        });
        using var issuer = new SimulatedBankWindow(dataDirectory);
        await guarantee.Decide(issuer.Decided(letter, GuaranteeDecision.Verified, clock.UtcNow));
    }

    private static Actor Bidder(string id) => new("bidder" + id[^2..], id, [Roles.Bidder], "127.0.0.1");

    // The first 09:00 Beijing time on a working day at or after `instant`.
    private DateTimeOffset WorkingDayNineAm(DateTimeOffset instant)
    {
        var day = BeijingTime.DateOf(instant);
        while (!calendar.IsWorkingDay(day) || BeijingTime.StartOf(day).AddHours(9) < instant) day = day.AddDays(1);
        return BeijingTime.StartOf(day).AddHours(9);
    }
}
