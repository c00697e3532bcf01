using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Experts;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Evaluation;

/// <summary>
/// An opened tender (its opening session closed, the tender Opened) whose drawn committee confirmed every seat: the
/// draw's and the opening's scenarios put together, with each member's own signing key.
/// </summary>
internal sealed class EvaluationScenario
{
    /// <summary>Comprehensive scoring: price 40, technical 45, commercial 15; benchmark the plain mean; 1 point per percent above, 0.5 below.</summary>
    public static readonly object Method = new
    {
        kind = "Comprehensive", priceWeight = 40, technicalWeight = 45, commercialWeight = 15, benchmarkFactor = 1.0, dropExtremes = false,
        deductionAbovePerPercent = 1, deductionBelowPerPercent = 0.5, criteria = new[] { "营业执照有效", "投标保证金已缴纳" },
    };

    private EvaluationScenario(DrawScenario draw, List<string> members) => (Draw, Members) = (draw, members);

    public DrawScenario Draw { get; }

    public OpeningScenario Opening => Draw.Opening;

    public TenderScenario Tender => Draw.Tender;

    /// <summary>The confirmed members' expert ids, by seat.</summary>
    public List<string> Members { get; }

    public Dictionary<string, SignatureKey> Keys { get; } = [];

    public string Url => $"/api/v1/tenders/{Tender.TenderId}/evaluation";

    public static async Task<EvaluationScenario> Create(PlatformFactory platform)
    {
        var draw = await DrawScenario.Create(platform, Method);
        var declaration = (await draw.Declaration()).GetProperty("zh").GetString();
        foreach (var seat in DrawScenario.Seats(await draw.Draw()))
            TenderScenario.Ok(await draw.ExpertClient(seat.GetProperty("expertId").GetString()!).PostAsJsonAsync($"{draw.Url}/response", new { accept = true, declaration }));
        var seats = DrawScenario.Seats(await draw.ViewAs(draw.Opening.Supervisor)).Where(s => s.GetProperty("status").GetString() == "Confirmed")
            .OrderBy(s => s.GetProperty("seat").GetString(), StringComparer.Ordinal).Select(s => s.GetProperty("expertId").GetString()!).ToList();

        var o = draw.Opening;
        await o.Open(platform);
        await o.Decrypted();
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/record", null));
        var (_, signature) = await o.SignRecord();
        TenderScenario.Ok(await o.Supervisor.PostAsJsonAsync($"{o.Url}/close", new { notes = "开标正常", recordings = Array.Empty<object>(), signature }));
        return new EvaluationScenario(draw, seats);
    }

    public HttpClient Member(int i) => Draw.ExpertClient(Members[i]);

    /// <summary>The agency opens the session for 8 hours and every member checks in with a fresh key.</summary>
    public async Task OpenAndCheckIn()
    {
        TenderScenario.Ok(await Tender.Agency.PostAsJsonAsync(Url, new { hours = 8 }));
        for (var i = 0; i < Members.Count; i++)
        {
            var key = Keys[Members[i]] = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
            TenderScenario.Ok(await Member(i).PostAsJsonAsync($"{Url}/check-in", new { signingKey = Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo()) }));
        }
    }

    /// <summary>Every member passes every bid.</summary>
    public async Task ReviewAll()
    {
        for (var i = 0; i < Members.Count; i++) TenderScenario.Ok(await Member(i).PostAsJsonAsync($"{Url}/review", new { failures = Array.Empty<object>() }));
    }

    /// <summary>Member <paramref name="i"/>'s scores: technical <paramref name="technical"/> minus the bid's index, commercial 10.</summary>
    public Task<HttpResponseMessage> Score(int i, decimal technical) =>
        Member(i).PostAsJsonAsync($"{Url}/scores", new
        {
            scores = Opening.Bidders.Select((b, n) => new { bidderId = b.Id, technical = technical - n, commercial = 10 }).ToArray(),
        });

    /// <summary>Member <paramref name="i"/> prepares, signs on its side and hands back its countersignature.</summary>
    public async Task<JsonElement> Countersign(int i)
    {
        var view = await TenderScenario.Read(await Member(i).PostAsync($"{Url}/report/signing-request", null));
        var attributes = Convert.FromBase64String(view.GetProperty("signingRequest").GetProperty("signedAttributes").GetString()!);
        return await TenderScenario.Read(await Member(i).PostAsJsonAsync($"{Url}/report/countersign",
            new { signature = Convert.ToBase64String(Keys[Members[i]].Sign(attributes)) }));
    }
}
