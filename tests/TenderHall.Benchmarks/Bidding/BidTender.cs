using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Fees;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Opening;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Tendering;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// One published tender driven through the HTTP API as in <c>TenderHall.Api.Tests</c>: an agency, three custodians
/// (two of three open), bidders who bought the documents, and a supervisor for the opening.
/// </summary>
public sealed class BidTender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] CustodianPrefixes = ["custodian-a-", "custodian-b-", "custodian-c-"];
    private static readonly string[] Lots = ["一标段"];
    private readonly IBidPlatform platform;
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, (ECDiffieHellman Encryption, SignatureKey Signing)> custodians = [];

    private BidTender(IBidPlatform platform) => this.platform = platform;

    /// <summary>The tender id.</summary>
    public string TenderId { get; private set; } = "";

    /// <summary>The tender's opening public key, to which bidders seal.</summary>
    public EncryptionPublicKey OpeningKey { get; private set; } = null!;

    /// <summary>The opening session's URL.</summary>
    public string OpeningUrl => $"/api/v1/tenders/{TenderId}/opening";

    /// <summary>The custodians' organisation ids.</summary>
    public IReadOnlyList<string> Custodians => [.. custodians.Keys];

    /// <summary>Registers the agency, custodians, project and tender, uploads the documents, publishes, and opens the document sale.</summary>
    public static async Task<BidTender> PublishAsync(IBidPlatform platform)
    {
        var tender = new BidTender(platform);
        await tender.Publish();
        return tender;
    }

    /// <summary>Registers a bidder organisation with a fresh signing key, and has it buy the documents (order, then the bank's callback).</summary>
    public async Task<(string Id, SignatureKey Key, AuthenticationHeaderValue Token)> JoinBidderAsync(int number)
    {
        var id = $"bidder-{suffix}-{number:D4}";
        var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await Organization(id, OrganizationKind.Bidder, "91460100",
            [new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", CertificateSerial = "CA-" + id, SubjectPublicKeyInfo = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()) }]);
        var token = platform.TokenFor(Roles.Bidder, id, "user-" + id);
        var tender = await Send(HttpMethod.Get, $"/api/v1/tenders/{TenderId}", null, null);
        var fee = tender.GetProperty("registration").GetProperty("documentFeeFen").GetInt64();
        var order = await Send(HttpMethod.Post, "/api/v1/fees/orders", token, JsonContent.Create(new { purpose = "DocumentFee", subjectId = TenderId, amountFen = fee }));
        using var bank = new SimulatedBankWindow(platform.DataDirectory);
        var callback = bank.Paid(order.GetProperty("id").GetString()!, order.GetProperty("amountFen").GetInt64(), platform.Now, "TX-" + id);
        await Send(HttpMethod.Post, "/api/v1/fees/bank-callbacks", null, JsonContent.Create(callback));
        return (id, key, token);
    }

    /// <summary>Moves the clock of the in-process <paramref name="bench"/> to the bid deadline and checks a supervisor in: the session awaits shares.</summary>
    public async Task PassDeadlineAndCheckInAsync(BenchPlatform bench)
    {
        var tender = await Send(HttpMethod.Get, $"/api/v1/tenders/{TenderId}", null, null);
        var deadline = tender.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        bench.Clock.Advance(deadline - bench.Clock.GetUtcNow());
        // The tender's deadline alarm starts the opening session (BL 34): fire both reminders as the reminder service would.
        var grains = bench.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ITenderGrain>(TenderId).AsReference<IRemindable>().ReceiveReminder("deadline", default);
        await grains.GetGrain<IOpeningSessionGrain>(TenderId).AsReference<IRemindable>().ReceiveReminder("begin", default);
        var supervision = "supervision-" + suffix;
        using var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await Organization(supervision, OrganizationKind.Department, "11460100",
            [new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()) }]);
        await Send(HttpMethod.Post, OpeningUrl + "/check-in", platform.TokenFor(Roles.Supervisor, supervision, "supervisor-" + suffix), null);
    }

    /// <summary>The custodian decrypts its share with its own key and hands it over, signed, as in the opening tests.</summary>
    public async Task<HttpResponseMessage> HandOverAsync(string custodian)
    {
        var token = platform.TokenFor(Roles.Supervisor, custodian, "custodian-user-" + custodian);
        var share = await Send(HttpMethod.Get, $"/api/v1/tenders/{TenderId}/custody/share", token, null);
        var encrypted = new EncryptedShare(Convert.FromHexString(share.GetProperty("custodianKeyId").GetString()!), (byte)share.GetProperty("x").GetInt32(),
            Convert.FromBase64String(share.GetProperty("wrappedShare").GetString()!));
        var (encryption, signing) = custodians[custodian];
        using var owner = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, encryption.ExportParameters(true).D);
        var decrypted = OpeningKeyCustody.DecryptShare(encrypted, owner);
        var signature = signing.Sign(ShareSignature.Message(TenderId, decrypted.X, decrypted.Y));
        using var request = new HttpRequestMessage(HttpMethod.Post, OpeningUrl + "/shares")
        {
            Content = JsonContent.Create(new { x = decrypted.X, share = Convert.ToBase64String(decrypted.Y), signature = Convert.ToBase64String(signature) }),
        };
        request.Headers.Authorization = token;
        return await platform.Http.SendAsync(request);
    }

    /// <summary>The opening session as the public sees it.</summary>
    public Task<JsonElement> OpeningAsync() => Send(HttpMethod.Get, OpeningUrl, null, null);

    /// <summary>Sends a request and reads its JSON answer; throws with the problem details when it failed.</summary>
    public async Task<JsonElement> Send(HttpMethod method, string url, AuthenticationHeaderValue? token, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = token;
        using var response = await platform.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {method} {url}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    private async Task Publish()
    {
        var agencyId = "agency-" + suffix;
        var agency = platform.TokenFor(Roles.Agency, agencyId, "agent-" + suffix);
        await Organization(agencyId, OrganizationKind.Agency, "91460100", []);
        foreach (var name in CustodianPrefixes.Select(c => c + suffix))
        {
            var encryption = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            var signing = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
            custodians[name] = (encryption, signing);
            await Organization(name, OrganizationKind.Department, "12460100",
            [
                new PublicKeyRecord { Use = "encryption", Algorithm = "ecdh-p256", SubjectPublicKeyInfo = Convert.ToBase64String(encryption.ExportSubjectPublicKeyInfo()) },
                new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(signing.Verifier.ExportSubjectPublicKeyInfo()) },
            ]);
        }

        var projectCode = $"2026-460000-48-01-{Random.Shared.Next(100000, 999999)}";
        await Send(HttpMethod.Post, "/api/v1/projects", agency, JsonContent.Create(new
        {
            code = projectCode, name = "基准测试道路工程", type = "Works", estimatedValueFen = 5_000_000_000, stateFunded = true, regime = "Engineering",
            tenderee = "海口市交通局",
            scheme = new { scope = Lots, method = "Open", organisation = "Agency", approvedBy = "dept-drc", approvalNumber = "琼发改〔2026〕9号" },
        }));
        var tender = await Send(HttpMethod.Post, "/api/v1/tenders", agency, JsonContent.Create(new
        {
            projectCode, lot = "一标段", title = "基准测试道路工程一标段施工", method = "Open", organisation = "Agency",
            estimatedPriceFen = 4_000_000_000, depositFen = 50_000_000, documentFeeFen = 30_000,
        }));
        TenderId = tender.GetProperty("id").GetString()!;
        var blob = await Send(HttpMethod.Post, "/api/v1/blobs", agency, new ByteArrayContent("招标文件正文"u8.ToArray()));
        // The deadline engine's earliest legal dates from the proposal (sale of 8 days, deadline 30 days out): fixed offsets
        // are refused with BLR-16 once the clock nears a holiday that lengthens a period (CC 203), e.g. the 2027 Spring Festival.
        // The sale starts at publication (the platform's instant; no saleStart sent); the periods are counted from a minute
        // later, so they hold whatever the instant of publication.
        var now = platform.Now;
        var legal = platform.Deadlines.EarliestLegal(LegalRegime.Engineering, now, now.AddMinutes(1), now.AddDays(8), BeijingNineAm(now.AddDays(30)));
        await Send(HttpMethod.Post, $"/api/v1/tenders/{TenderId}/publish", agency, JsonContent.Create(new
        {
            saleEnd = legal.SaleEnd, bidDeadline = BeijingNineAm(legal.BidDeadline),
            announcement = "基准测试招标公告", documentSha256 = blob.GetProperty("sha256Hex").GetString(),
            custody = new { custodians = Custodians.ToArray(), threshold = 2, suite = "International", policy = "OpeningKey" },
        }));
        var key = await Send(HttpMethod.Get, $"/api/v1/tenders/{TenderId}/opening-key", null, null);
        OpeningKey = EncryptionPublicKey.FromRaw(CryptoSuite.International, Convert.FromBase64String(key.GetProperty("publicKey").GetString()!));
    }

    // Deadlines at 09:00 Beijing time, the first at or after the instant.
    private static DateTimeOffset BeijingNineAm(DateTimeOffset instant)
    {
        var beijing = instant.ToOffset(BeijingTime.Offset);
        var nine = new DateTimeOffset(beijing.Year, beijing.Month, beijing.Day, 9, 0, 0, BeijingTime.Offset);
        return nine < instant ? nine.AddDays(1) : nine;
    }

    private async Task Organization(string id, OrganizationKind kind, string prefix, List<PublicKeyRecord> keys)
    {
        var first17 = prefix + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant().Replace('I', '1').Replace('O', '0').Replace('S', '5').Replace('V', 'W').Replace('Z', '2');
        await platform.RegisterAsync(id, new OrganizationProfile
        {
            Kind = kind, NameZh = "机构" + id, NameEn = "Organisation " + id, CreditCode = first17 + CreditCode.CheckCharacter(first17), Keys = keys,
        });
    }
}
