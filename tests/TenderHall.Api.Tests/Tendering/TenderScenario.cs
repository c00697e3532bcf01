using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Fees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Tendering;

namespace TenderHall.Api.Tests.Tendering;

/// <summary>Drives a tender through the HTTP API as its agency, bidders and bank would, with ids of its own.</summary>
internal sealed class TenderScenario
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly PlatformFactory platform;

    public TenderScenario(PlatformFactory platform)
    {
        Platform = platform;
        this.platform = platform;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        AgencyId = "agency-" + suffix;
        ProjectCode = $"2026-460000-48-01-{Random.Shared.Next(100000, 999999)}";
        Agency = platform.ClientAs(Roles.Agency, AgencyId, "agent-" + suffix);
        Supervisor = platform.ClientAs(Roles.Supervisor, "dept-supervision", "supervisor-" + suffix);
        Anonymous = platform.ClientAs(null);
    }

    public string AgencyId { get; }

    public string ProjectCode { get; }

    public HttpClient Agency { get; }

    public HttpClient Supervisor { get; }

    public HttpClient Anonymous { get; }

    public string TenderId { get; private set; } = "";

    /// <summary>The instance the tender was created on.</summary>
    public PlatformFactory Platform { get; }

    public DateTimeOffset Now => platform.Services.GetRequiredService<PlatformClock>().UtcNow;

    /// <summary>Moves the platform clock on; timed transitions catch up on the tender's next command.</summary>
    public void Advance(TimeSpan by) => platform.Clock.Advance(by);

    /// <summary>
    /// Moves the clock to the tender's current (effective) deadline and fires what the durable reminders fire there: the
    /// tender's deadline, then the opening session's start. Reads alone never start an opening.
    /// </summary>
    public async Task PassDeadline()
    {
        var deadline = (await Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        if (Now < deadline) Advance(deadline - Now);
        await Remind<ITenderGrain>("deadline");
        await Remind<IOpeningSessionGrain>("begin");
    }

    /// <summary>Fires reminder <paramref name="name"/> of this tender's grain of type <typeparamref name="T"/>, as the reminder service would.</summary>
    public Task Remind<T>(string name) where T : IGrainWithStringKey =>
        platform.Services.GetRequiredService<IGrainFactory>().GetGrain<T>(TenderId).AsReference<IRemindable>().ReceiveReminder(name, default);

    public HttpClient Bidder(string id) => platform.ClientAs(Roles.Bidder, id, "user-" + id);

    /// <summary>The custodians of the opening key and their private encryption keys (held by them, never by the platform).</summary>
    public Dictionary<string, ECDiffieHellman> Custodians { get; } = [];

    /// <summary>The custodians' signing keys, with which they hand over their shares.</summary>
    public Dictionary<string, Crypto.Signing.SignatureKey> CustodianSigners { get; } = [];

    /// <summary>The custody part of a publication: two of three custodians open.</summary>
    public object Custody => new { custodians = Custodians.Keys.ToArray(), threshold = 2, suite = "International", policy = Policy, bidderPartMinutes = 30 };

    /// <summary>The opening policy the tender is published with.</summary>
    public string Policy { get; set; } = "OpeningKey";

    /// <summary>The evaluation method the published documents fix (the API's JSON shape), or null for none.</summary>
    public object? EvaluationMethod { get; set; }

    /// <summary>Registers the agency, the project and a tender; returns the tender id.</summary>
    public async Task<string> Register(long documentFeeFen = 30_000, long depositFen = 50_000_000, long estimatedPriceFen = 4_000_000_000)
    {
        await RegisterParties();
        Ok(await Agency.PostAsJsonAsync("/api/v1/projects", new
        {
            code = ProjectCode, name = "测试道路工程", type = "Works", estimatedValueFen = 5_000_000_000, stateFunded = true, regime = "Engineering",
            tenderee = "海口市交通局",
            scheme = new { scope = new[] { "一标段" }, method = "Open", organisation = "Agency", approvedBy = "dept-drc", approvalNumber = "琼发改〔2026〕9号" },
        }));
        var tender = await Read(await Agency.PostAsJsonAsync("/api/v1/tenders", new
        {
            projectCode = ProjectCode, lot = "一标段", title = "测试道路工程一标段施工", method = "Open", organisation = "Agency",
            estimatedPriceFen, depositFen, documentFeeFen,
        }));
        TenderId = tender.GetProperty("id").GetString()!;
        return TenderId;
    }

    /// <summary>From now on this scenario drives tender <paramref name="tenderId"/> (e.g. one registered through the Portal's pages).</summary>
    public void Use(string tenderId) => TenderId = tenderId;

    /// <summary>Registers the agency and the three custodians of the opening key, with their keys; no project or tender yet.</summary>
    public async Task RegisterParties()
    {
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var creditCode = TestCreditCodes.New("91");
        await grains.GetGrain<IOrganizationGrain>(AgencyId).Register(new OrganizationProfile
        {
            Kind = OrganizationKind.Agency, NameZh = "测试代理", NameEn = "Test agency", CreditCode = creditCode,
        });
        foreach (var custodian in new[] { "custodian-a-", "custodian-b-", "custodian-c-" }.Select(c => c + AgencyId[7..]))
        {
            var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            Custodians[custodian] = key;
            var signer = CustodianSigners[custodian] = Crypto.Signing.SignatureKey.Generate(Crypto.Signing.SignatureAlgorithm.EcdsaP256Sha256);
            var code = TestCreditCodes.New("12");
            await grains.GetGrain<IOrganizationGrain>(custodian).Register(new OrganizationProfile
            {
                Kind = OrganizationKind.Department, NameZh = "托管人", NameEn = "Custodian", CreditCode = code,
                Keys =
                [
                    new PublicKeyRecord { Use = "encryption", Algorithm = "ecdh-p256", SubjectPublicKeyInfo = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) },
                    new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(signer.Verifier.ExportSubjectPublicKeyInfo()) },
                ],
            });
        }
    }

    /// <summary>Uploads documents and publishes: sale from a minute on to 8 days on, deadline at 09:00 Beijing <paramref name="deadlineDays"/> days on.</summary>
    /// <remarks>Where a holiday makes those periods too short (CC 203), the sale end and deadline move as the platform's errors would say.</remarks>
    public async Task<JsonElement> Publish(int deadlineDays = 30, byte[]? documents = null) => await Read(await TryPublish(deadlineDays, documents));

    /// <summary>Publishes as <see cref="Publish"/> does, returning the platform's answer whatever it is.</summary>
    public async Task<HttpResponseMessage> TryPublish(int deadlineDays = 30, byte[]? documents = null)
    {
        var now = Now;
        var regime = Enum.Parse<LegalRegime>((await Read(await Agency.GetAsync($"/api/v1/tenders/{TenderId}"))).GetProperty("regime").GetString()!);
        var legal = platform.Services.GetRequiredService<TenderDeadlines>().EarliestLegal(regime, now, now.AddMinutes(1), now.AddDays(8), BeijingNineAm(now.AddDays(deadlineDays)));
        return await TryPublish(legal.SaleEnd, BeijingNineAm(legal.BidDeadline), documents);
    }

    /// <summary>Publishes with the sale from a minute on until <paramref name="saleEnd"/>, returning the platform's answer whatever it is.</summary>
    public async Task<HttpResponseMessage> TryPublish(DateTimeOffset saleEnd, DateTimeOffset bidDeadline, byte[]? documents = null)
    {
        var sha = await Upload(documents ?? "招标文件正文"u8.ToArray());
        return await Agency.PostAsJsonAsync($"/api/v1/tenders/{TenderId}/publish", new
        {
            saleStart = Now.AddMinutes(1), saleEnd, bidDeadline, announcement = "测试招标公告", documentSha256 = sha, custody = Custody,
            evaluationMethod = EvaluationMethod,
        });
    }

    /// <summary>Uploads bytes as the agency; returns their SHA-256.</summary>
    public async Task<string> Upload(byte[] bytes)
    {
        var blob = await Read(await Agency.PostAsync("/api/v1/blobs", new ByteArrayContent(bytes)));
        return blob.GetProperty("sha256Hex").GetString()!;
    }

    /// <summary>The bidder orders the documents and the bank confirms payment.</summary>
    public async Task BuyDocuments(string bidderId)
    {
        var saleStart = (await Tender()).GetProperty("schedule").GetProperty("saleStart").GetDateTimeOffset();
        if (Now < saleStart) Advance(saleStart - Now);
        await Pay(bidderId, "DocumentFee", (await Tender()).GetProperty("registration").GetProperty("documentFeeFen").GetInt64());
    }

    /// <summary>The bidder pays its bid deposit through the centre's account (BLR 26); returns the order id.</summary>
    public async Task<string> PayDeposit(string bidderId) =>
        await Pay(bidderId, "BidDeposit", (await Tender()).GetProperty("registration").GetProperty("depositFen").GetInt64());

    private async Task<string> Pay(string bidderId, string purpose, long amountFen)
    {
        var order = await Read(await Bidder(bidderId).PostAsJsonAsync("/api/v1/fees/orders", new { purpose, subjectId = TenderId, amountFen }));
        var id = order.GetProperty("id").GetString()!;
        using var bank = new SimulatedBank(platform.DataDirectory);
        Ok(await SimulatedBank.Send(Anonymous, bank.Paid(id, order.GetProperty("amountFen").GetInt64(), Now, "TX-" + Guid.NewGuid().ToString("N")[..12])));
        return id;
    }

    public async Task<JsonElement> Tender() => await Read(await Anonymous.GetAsync($"/api/v1/tenders/{TenderId}"));

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    public static void Ok(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent,
            $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {response.Content.ReadAsStringAsync().Result}");

    // The first 09:00 Beijing time at or after `instant`.
    private static DateTimeOffset BeijingNineAm(DateTimeOffset instant)
    {
        var beijing = instant.ToOffset(TimeSpan.FromHours(8));
        var nine = new DateTimeOffset(beijing.Year, beijing.Month, beijing.Day, 9, 0, 0, TimeSpan.FromHours(8));
        return nine < instant ? nine.AddDays(1) : nine;
    }
}
