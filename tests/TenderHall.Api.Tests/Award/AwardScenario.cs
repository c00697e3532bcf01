using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tests.Award;

/// <summary>
/// A tender opened through the API with three bids, its committee's result handed to the tender as the evaluation does
/// (<c>StartEvaluation</c>, <c>PublishCandidates</c>), and an agency holding a registered signing key.
/// </summary>
internal sealed class AwardScenario
{
    private AwardScenario(PlatformFactory platform, OpeningScenario opening, SignatureKey agencyKey)
    {
        Platform = platform;
        Opening = opening;
        AgencyKey = agencyKey;
    }

    public PlatformFactory Platform { get; }

    public OpeningScenario Opening { get; }

    public TenderScenario Tender => Opening.Tender;

    public IReadOnlyList<BidderKit> Bidders => Opening.Bidders;

    public SignatureKey AgencyKey { get; }

    public string Url => $"/api/v1/tenders/{Tender.TenderId}";

    /// <summary>Opens a tender with three bids, closes the opening, and publishes the ranked candidates (first: bidder 0).</summary>
    public static async Task<AwardScenario> Publicized(PlatformFactory platform)
    {
        var opening = await OpeningScenario.Create(platform, 3);
        await opening.Open(platform);
        await opening.Decrypted();
        TenderScenario.Ok(await opening.Supervisor.PostAsync($"{opening.Url}/record", null));
        var (_, signature) = await opening.SignRecord();
        TenderScenario.Ok(await opening.Supervisor.PostAsJsonAsync($"{opening.Url}/close", new { notes = "开标过程正常。", recordings = Array.Empty<object>(), signature }));
        return await Publicized(platform, opening);
    }

    /// <summary>The ranked candidates of the closed <paramref name="opening"/> (first: bidder 0) handed to the tender as the evaluation does.</summary>
    public static async Task<AwardScenario> Publicized(PlatformFactory platform, OpeningScenario opening)
    {
        var scenario = await For(platform, opening);
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var report = await opening.Tender.Upload("评标报告（测试用）"u8.ToArray());
        var tender = grains.GetGrain<ITenderGrain>(opening.Tender.TenderId);
        await tender.StartEvaluation();
        var bidders = opening.Bidders;
        await tender.PublishCandidates(new EvaluationResult
        {
            Candidates = [.. bidders.Select((b, i) => new RankedCandidate { Rank = i + 1, BidderId = b.Id, BidderName = "投标人" + b.Id, Price = 1_000_000m + (i * 12_345m), Score = 90m - i })],
            ReportSha256 = report,
            SignedAt = opening.Tender.Now,
        });
        return scenario;
    }

    /// <summary>The award half of a tender whose opening is <paramref name="opening"/>; the agency registers a signing key.</summary>
    public static async Task<AwardScenario> For(PlatformFactory platform, OpeningScenario opening)
    {
        var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(opening.Tender.AgencyId).AddKey(new PublicKeyRecord
        {
            Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()),
        });
        return new AwardScenario(platform, opening, key);
    }

    /// <summary>After the publicity: the first-ranked candidate is awarded, both parties sign, the report is filed and the tender archived.</summary>
    public async Task<string> AwardContractAndArchive(string winnerId)
    {
        await AwardTo(winnerId);
        await ContractAndReport(winnerId);
        return await Archive();
    }

    /// <summary>After the publicity: <paramref name="winnerId"/> is awarded (the notices go out).</summary>
    public async Task AwardTo(string winnerId)
    {
        await EndPublicity();
        TenderScenario.Ok(await Tender.Agency.PostAsJsonAsync($"{Url}/award", new { winnerId }));
    }

    /// <summary>The contract is drafted and signed by both parties, and the written report filed.</summary>
    public async Task ContractAndReport(string winnerId)
    {
        TenderScenario.Ok(await Tender.Agency.PostAsJsonAsync($"{Url}/contract", new { valueFen = 100_000_000, performanceBondFen = 10_000_000, terms = "工期180日，质量合格。" }));
        TenderScenario.Ok(await SignContract(Tender.Agency, AgencyKey));
        var winner = Bidders.Single(b => b.Id == winnerId);
        TenderScenario.Ok(await SignContract(winner.Client, winner.Key));
        TenderScenario.Ok(await Tender.Agency.PostAsync($"{Url}/report", null));
    }

    /// <summary>The agency archives the tender; returns its status.</summary>
    public async Task<string> Archive() => (await TenderScenario.Read(await Tender.Agency.PostAsync($"{Url}/archive", null))).GetProperty("status").GetString()!;

    public async Task<JsonElement> Award() => await TenderScenario.Read(await Tender.Anonymous.GetAsync($"{Url}/award"));

    /// <summary>Moves the clock to the end of the publicity.</summary>
    public async Task EndPublicity()
    {
        var until = (await Award()).GetProperty("publicityUntil").GetDateTimeOffset();
        if (Tender.Now < until) Tender.Advance(until - Tender.Now);
    }

    /// <summary>A party prepares its signature of the contract and signs the signed attributes with its own key.</summary>
    public async Task<HttpResponseMessage> SignContract(HttpClient party, SignatureKey key)
    {
        var view = await TenderScenario.Read(await party.PostAsJsonAsync($"{Url}/contract/signing-request", new { }));
        var attributes = Convert.FromBase64String(view.GetProperty("contract").GetProperty("pending").GetProperty("signedAttributes").GetString()!);
        return await party.PostAsJsonAsync($"{Url}/contract/signature", new { signature = Convert.ToBase64String(key.Sign(attributes)) });
    }
}
