using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Opening;
using TenderHall.Grains.Registry;

namespace TenderHall.Api.Tests.Opening;

/// <summary>A tender with bids, taken past its deadline, with a supervisor and custodians ready to open it.</summary>
internal sealed class OpeningScenario
{
    private OpeningScenario(TenderScenario tender, IReadOnlyList<BidderKit> bidders, HttpClient supervisor, SignatureKey supervisorKey)
    {
        Tender = tender;
        Bidders = bidders;
        Supervisor = supervisor;
        SupervisorKey = supervisorKey;
    }

    public TenderScenario Tender { get; }

    public IReadOnlyList<BidderKit> Bidders { get; }

    public HttpClient Supervisor { get; }

    public SignatureKey SupervisorKey { get; }

    public string Url => $"/api/v1/tenders/{Tender.TenderId}/opening";

    /// <summary>
    /// Publishes a tender, has <paramref name="bids"/> bidders submit priced bids, runs <paramref name="beforeDeadline"/>
    /// (e.g. lodging guarantee letters), and passes the deadline.
    /// </summary>
    public static async Task<OpeningScenario> Create(
        PlatformFactory platform, int bids, Func<int, byte[], byte[]>? tamper = null, string policy = "OpeningKey",
        Func<TenderScenario, IReadOnlyList<BidderKit>, Task>? beforeDeadline = null, object? evaluationMethod = null)
    {
        var tender = new TenderScenario(platform) { Policy = policy, EvaluationMethod = evaluationMethod };
        await tender.Register();
        await tender.Publish();
        var bidders = new List<BidderKit>();
        for (var i = 0; i < bids; i++)
        {
            var bidder = await BidderKit.Join(tender, platform.Services, "bidder-op" + i);
            var envelope = await bidder.Seal($"{1_000_000 + (i * 12_345)}.00", "技术标 " + i);
            envelope = tamper?.Invoke(i, envelope) ?? envelope;
            TenderScenario.Ok(await bidder.Submit(envelope, device: "device-" + i));
            bidders.Add(bidder);
        }

        if (beforeDeadline is not null) await beforeDeadline(tender, bidders);

        await tender.PassDeadline();
        var (supervisor, key) = await NewSupervisor(platform);
        return new OpeningScenario(tender, bidders, supervisor, key);
    }

    /// <summary>A supervision office with its registered signing key, and its supervisor's client.</summary>
    public static async Task<(HttpClient Supervisor, SignatureKey Key)> NewSupervisor(PlatformFactory platform)
    {
        var supervision = "supervision-" + Guid.NewGuid().ToString("N")[..6];
        var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(supervision).Register(new OrganizationProfile
        {
            Kind = OrganizationKind.Department, NameZh = "监督部门", NameEn = "Supervision", CreditCode = TestCreditCodes.New("11"),
            Keys = [new PublicKeyRecord { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()) }],
        });
        return (platform.ClientAs(Roles.Supervisor, supervision, "supervisor-" + supervision), key);
    }

    /// <summary>The custodian decrypts its share with its own private key and hands it over, signed.</summary>
    public async Task<HttpResponseMessage> HandOver(PlatformFactory platform, string custodian)
    {
        using var client = platform.ClientAs(Roles.Custodian, custodian, "custodian-user-" + custodian);
        var share = await TenderScenario.Read(await client.GetAsync($"/api/v1/tenders/{Tender.TenderId}/custody/share"));
        var encrypted = new EncryptedShare(Convert.FromHexString(share.GetProperty("custodianKeyId").GetString()!), (byte)share.GetProperty("x").GetInt32(),
            Convert.FromBase64String(share.GetProperty("wrappedShare").GetString()!));
        using var owner = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, Tender.Custodians[custodian].ExportParameters(true).D);
        var decrypted = OpeningKeyCustody.DecryptShare(encrypted, owner);
        var signature = Tender.CustodianSigners[custodian].Sign(ShareSignature.Message(Tender.TenderId, decrypted.X, decrypted.Y));
        return await client.PostAsJsonAsync($"{Url}/shares", new { x = decrypted.X, share = Convert.ToBase64String(decrypted.Y), signature = Convert.ToBase64String(signature) });
    }

    /// <summary>The supervisor asks to sign the record and signs the signed attributes with its own key, as its client would.</summary>
    public async Task<(JsonElement Request, string Signature)> SignRecord()
    {
        var view = await TenderScenario.Read(await Supervisor.PostAsJsonAsync($"{Url}/record/signing-request", new { }));
        var request = view.GetProperty("signingRequest");
        return (request, Convert.ToBase64String(SupervisorKey.Sign(Convert.FromBase64String(request.GetProperty("signedAttributes").GetString()!))));
    }

    /// <summary>The supervisor checks in and two of the three custodians hand over their shares: the key is rebuilt and decryption starts.</summary>
    public async Task Open(PlatformFactory platform)
    {
        TenderScenario.Ok(await Supervisor.PostAsync($"{Url}/check-in", null));
        foreach (var custodian in Tender.Custodians.Keys.Take(2)) TenderScenario.Ok(await HandOver(platform, custodian));
    }

    public async Task<JsonElement> View() => await TenderScenario.Read(await Tender.Anonymous.GetAsync(Url));

    /// <summary>The view once decryption (which runs in the background) has finished on <paramref name="platform"/> (default: the tender's instance).</summary>
    public async Task<JsonElement> Decrypted(PlatformFactory? platform = null)
    {
        var instance = platform ?? Tender.Platform;
        using var anonymous = instance.ClientAs(null);
        // Watching before reading: a record published in between is still seen.
        await using var feed = await FeedWatcher.Watch(instance, Tender.TenderId);
        var view = await TenderScenario.Read(await anonymous.GetAsync(Url));
        if (view.GetProperty("status").GetString() != "Decrypting") return view;
        await feed.Until("opening.record-published");
        return await TenderScenario.Read(await anonymous.GetAsync(Url));
    }
}
