using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using TenderHall.Api.Fees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Guarantees;

using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Tests.Guarantees;

/// <summary>Lodges letters as bidders do and answers for their issuer as the simulated bank (the issuer gateway) does.</summary>
internal sealed class GuaranteeDesk(PlatformFactory platform) : IDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly SimulatedBankWindow issuer = new(platform.DataDirectory);

    /// <summary>A fresh issuer credit code, so each test's issuer inbox is its own.</summary>
    public string IssuerCode { get; } = TestCreditCodes.New("91");

    /// <summary>A letter body for <paramref name="tenderId"/>, valid from an hour ago to 90 days after <paramref name="deadline"/>.</summary>
    public object Body(string tenderId, DateTimeOffset deadline, long amountFen, string number, DateTimeOffset? validUntil = null, string? issuerCode = null) => new
    {
        tenderId, issuerName = "中国建设银行海口分行", issuerCreditCode = issuerCode ?? IssuerCode, letterNumber = number, amountFen,
        validFrom = deadline.AddDays(-60), validUntil = validUntil ?? deadline.AddDays(90),
    };

    /// <summary>Lodges a letter as <paramref name="bidder"/>.</summary>
    public static Task<HttpResponseMessage> Lodge(HttpClient bidder, object body) => bidder.PostAsJsonAsync("/api/v1/guarantees", body);

    /// <summary>The letter as its bidder (or the centre) reads it.</summary>
    public static async Task<GuaranteeLetter> Read(HttpClient reader, string tenderId, string bidderId) =>
        Letter(await TenderScenario.Read(await reader.GetAsync("/api/v1/guarantees/" + Uri.EscapeDataString(GuaranteeIds.For(tenderId, bidderId)))));

    /// <summary>A signed issuer decision on <paramref name="letter"/>.</summary>
    public GuaranteeCallback Decided(GuaranteeLetter letter, GuaranteeDecision decision, DateTimeOffset at) => issuer.Decided(letter, decision, at);

    /// <summary>Signs <paramref name="callback"/> as the issuer gateway.</summary>
    public GuaranteeCallback Sign(GuaranteeCallback callback) => issuer.Sign(callback);

    /// <summary>Sends a decision as the issuer gateway does, without a token.</summary>
    public static Task<HttpResponseMessage> Send(HttpClient anonymous, GuaranteeCallback callback) =>
        anonymous.PostAsJsonAsync("/api/v1/guarantees/issuer-callbacks", callback);

    /// <summary>Lodges a letter for the tender's deposit as <paramref name="bidder"/>; when <paramref name="decision"/> is given the issuer answers.</summary>
    public async Task<GuaranteeLetter> LodgeFor(TenderScenario tender, HttpClient bidder, string number, GuaranteeDecision? decision)
    {
        var view = await tender.Tender();
        var deadline = view.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        var deposit = view.GetProperty("registration").GetProperty("depositFen").GetInt64();
        var letter = Letter(await TenderScenario.Read(await Lodge(bidder, Body(tender.TenderId, deadline, deposit, number))));
        return decision is { } d ? Letter(await TenderScenario.Read(await Send(tender.Anonymous, Decided(letter, d, tender.Now)))) : letter;
    }

    /// <summary>The types of the transparency-log events about <paramref name="subject"/> that name <paramref name="letterSha256"/>.</summary>
    public static Task<List<string>> LoggedTypes(IGrainFactory grains, string subject, string letterSha256) =>
        // BL 22: letters are secret until the opening, so the public log holds commitments; the private journal holds the events.
        LoggedEvents.Journaled(grains, subject, "letterSha256", letterSha256);

    public static GuaranteeLetter Letter(JsonElement json) => json.Deserialize<GuaranteeLetter>(Web)!;

    public void Dispose() => issuer.Dispose();
}
