using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Guarantees;

namespace TenderHall.Api.Tests.Guarantees;

[Collection(PlatformCollection.Name)]
public sealed class GuaranteesApiTests(PlatformFactory platform)
{
    private sealed record Setup(TenderScenario Tender, BidderKit Bidder, DateTimeOffset Deadline, long Deposit);

    // A published tender and one document holder, before the deadline. The tests here never move the shared platform clock:
    // what needs the deadline passed (the opening record, GUAR-LATE, release on failure) rides on OpeningSessionTests.
    private async Task<Setup> Tender(long depositFen = 50_000_000)
    {
        var tender = new TenderScenario(platform);
        await tender.Register(depositFen: depositFen);
        await tender.Publish();
        var bidder = await BidderKit.Join(tender, platform.Services, "bidder-gl");
        var deadline = (await tender.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        return new Setup(tender, bidder, deadline, depositFen);
    }

    [Fact]
    public async Task Letters_that_are_too_small_too_short_or_malformed_are_refused_and_change_nothing()
    {
        var s = await Tender();
        using var desk = new GuaranteeDesk(platform);
        var client = s.Bidder.Client;
        var lodged = GuaranteeDesk.Letter(await TenderScenario.Read(await GuaranteeDesk.Lodge(client, desk.Body(s.Tender.TenderId, s.Deadline, s.Deposit, "BG-1"))));
        Assert.Equal(GuaranteeStatus.Lodged, lodged.Status);

        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(client, desk.Body(s.Tender.TenderId, s.Deadline, s.Deposit - 1, "BG-2")),
            HttpStatusCode.UnprocessableEntity, "GUAR-AMOUNT-LOW");
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(client, desk.Body(s.Tender.TenderId, s.Deadline, s.Deposit, "BG-2", validUntil: s.Deadline.AddSeconds(-1))),
            HttpStatusCode.UnprocessableEntity, "GUAR-VALIDITY");
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(client, desk.Body(s.Tender.TenderId, s.Deadline, s.Deposit, "BG 2")),
            HttpStatusCode.UnprocessableEntity, "GUAR-LETTER");
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(client, desk.Body(s.Tender.TenderId, s.Deadline, s.Deposit, "BG-2", issuerCode: "91460100MA5T00000X")),
            HttpStatusCode.UnprocessableEntity, "DIR-CREDIT-CODE");
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(client, new { tenderId = s.Tender.TenderId, issuerName = "某银行", issuerCreditCode = desk.IssuerCode, letterNumber = "BG-2" }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        Assert.Equivalent(lodged, await GuaranteeDesk.Read(client, s.Tender.TenderId, s.Bidder.Id));
    }

    [Fact]
    public async Task A_tender_without_a_deposit_takes_no_letters_and_only_document_holders_lodge_them()
    {
        var s = await Tender(depositFen: 0);
        using var desk = new GuaranteeDesk(platform);
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(s.Bidder.Client, desk.Body(s.Tender.TenderId, s.Deadline, 100, "BG-1")),
            HttpStatusCode.UnprocessableEntity, "GUAR-NO-DEPOSIT");
        using var stranger = platform.ClientAs(Roles.Bidder, "bidder-stranger-" + Guid.NewGuid().ToString("N")[..6]);
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(stranger, desk.Body(s.Tender.TenderId, s.Deadline, 100, "BG-1")),
            HttpStatusCode.Forbidden, "TENDER-HOLDER");
    }

    [Fact]
    public async Task Issuer_callbacks_that_are_unsigned_forged_altered_or_for_another_letter_are_refused_and_change_nothing()
    {
        var s = await Tender();
        using var desk = new GuaranteeDesk(platform);
        var anonymous = s.Tender.Anonymous;
        var replaced = await desk.LodgeFor(s.Tender, s.Bidder.Client, "BG-OLD", null);
        var letter = await desk.LodgeFor(s.Tender, s.Bidder.Client, "BG-NEW", null);

        var unsigned = desk.Decided(letter, GuaranteeDecision.Verified, s.Tender.Now);
        unsigned.Signature = "";
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, unsigned), HttpStatusCode.Forbidden, "GUAR-ISSUER-SIGNATURE");
        var altered = desk.Decided(letter, GuaranteeDecision.Rejected, s.Tender.Now);
        altered.Decision = GuaranteeDecision.Verified;
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, altered), HttpStatusCode.Forbidden, "GUAR-ISSUER-SIGNATURE");
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = desk.Decided(letter, GuaranteeDecision.Verified, s.Tender.Now);
        forged.Signature = Convert.ToBase64String(forger.SignData(GuaranteeCallbackSignature.Bytes(forged), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, forged), HttpStatusCode.Forbidden, "GUAR-ISSUER-SIGNATURE");

        // Signed by the issuer, but for the replaced letter, a letter never lodged, or another amount.
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, desk.Decided(replaced, GuaranteeDecision.Verified, s.Tender.Now)), HttpStatusCode.NotFound, "GUAR-UNKNOWN-LETTER");
        var unknown = desk.Decided(letter, GuaranteeDecision.Verified, s.Tender.Now);
        unknown.GuaranteeId = GuaranteeIds.For(s.Tender.TenderId, "bidder-nobody");
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, desk.Sign(unknown)), HttpStatusCode.NotFound, "GUAR-UNKNOWN-LETTER");
        var cheaper = desk.Decided(letter, GuaranteeDecision.Verified, s.Tender.Now);
        cheaper.AmountFen -= 1;
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, desk.Sign(cheaper)), HttpStatusCode.UnprocessableEntity, "GUAR-CALLBACK-AMOUNT");
        Assert.Equivalent(letter, await GuaranteeDesk.Read(s.Bidder.Client, s.Tender.TenderId, s.Bidder.Id));
        Assert.Equal(["guarantee.lodged", "guarantee.replaced"], await GuaranteeDesk.LoggedTypes(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.Tender.TenderId, replaced.LetterSha256));

        var verified = desk.Decided(letter, GuaranteeDecision.Verified, s.Tender.Now);
        var first = await TenderScenario.Read(await GuaranteeDesk.Send(anonymous, verified));
        Assert.Equal(first.GetRawText(), (await TenderScenario.Read(await GuaranteeDesk.Send(anonymous, verified))).GetRawText());
        await ProblemAssert.IsRule(await GuaranteeDesk.Send(anonymous, desk.Decided(letter, GuaranteeDecision.Rejected, s.Tender.Now)), HttpStatusCode.Conflict, "GUAR-DECIDED");
        Assert.Equal(GuaranteeStatus.Verified, (await GuaranteeDesk.Read(s.Bidder.Client, s.Tender.TenderId, s.Bidder.Id)).Status);
    }

    [Fact]
    public async Task Withdrawing_the_bid_releases_the_letter_and_tells_the_issuer()
    {
        var s = await Tender();
        using var desk = new GuaranteeDesk(platform);
        var letter = await desk.LodgeFor(s.Tender, s.Bidder.Client, "BG-W", GuaranteeDecision.Verified);
        TenderScenario.Ok(await s.Bidder.Submit(await s.Bidder.Seal("1000000.00", "技术标")));
        TenderScenario.Ok(await s.Bidder.Client.PostAsync($"/api/v1/tenders/{s.Tender.TenderId}/bids/withdraw", null));

        var released = await GuaranteeDesk.Read(s.Bidder.Client, s.Tender.TenderId, s.Bidder.Id);
        Assert.Equal(GuaranteeStatus.Released, released.Status);
        Assert.Equal(GuaranteeReleaseReason.Withdrawal, released.Release!.Reason);
        Assert.Equal(GuaranteeDecision.Verified, released.Decision);
        using var issuer = platform.ClientAs(Roles.Bidder, GuaranteeIds.IssuerInbox(desk.IssuerCode));
        var inbox = await TenderScenario.Read(await issuer.GetAsync("/api/v1/notifications"));
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("type").GetString() == "guarantee.lodged"); // asked to verify
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("type").GetString() == "guarantee.released");
        Assert.Equal(["guarantee.lodged", "guarantee.verified", "guarantee.released"],
            await GuaranteeDesk.LoggedTypes(platform.Services.GetRequiredService<IGrainFactory>(), "tender/" + s.Tender.TenderId, letter.LetterSha256));
    }

    [Fact]
    public async Task Termination_releases_the_letter_and_the_centre_releases_after_the_contract()
    {
        var s = await Tender();
        using var desk = new GuaranteeDesk(platform);
        await desk.LodgeFor(s.Tender, s.Bidder.Client, "BG-T", GuaranteeDecision.Verified);
        var other = await BidderKit.Join(s.Tender, platform.Services, "bidder-gl");
        await desk.LodgeFor(s.Tender, other.Client, "BG-C", GuaranteeDecision.Verified);
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var path = "/api/v1/guarantees/" + Uri.EscapeDataString(GuaranteeIds.For(s.Tender.TenderId, other.Id)) + "/release";

        await ProblemAssert.IsRule(await other.Client.PostAsJsonAsync(path, new { reason = "ContractSigned", eventAt = s.Tender.Now }), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        await ProblemAssert.IsRule(await admin.PostAsJsonAsync(path, new { reason = "ContractSigned" }), HttpStatusCode.UnprocessableEntity, "GUAR-RELEASE-EVENT");
        var signed = await TenderScenario.Read(await admin.PostAsJsonAsync(path, new { reason = "ContractSigned", eventAt = s.Tender.Now.AddHours(-1) }));
        Assert.Equal("Released", signed.GetProperty("status").GetString());
        Assert.Equal(signed.GetRawText(), (await TenderScenario.Read(await admin.PostAsJsonAsync(path, new { reason = "ContractSigned", eventAt = s.Tender.Now.AddHours(-1) }))).GetRawText());

        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.Tender.TenderId}/terminate", new { text = "项目资金未落实" }));
        var terminated = await GuaranteeDesk.Read(admin, s.Tender.TenderId, s.Bidder.Id);
        Assert.Equal(GuaranteeReleaseReason.Terminated, terminated.Release!.Reason);
        Assert.Equal(GuaranteeReleaseReason.ContractSigned, (await GuaranteeDesk.Read(admin, s.Tender.TenderId, other.Id)).Release!.Reason);
        await ProblemAssert.IsRule(await admin.PostAsJsonAsync(path, new { reason = "Terminated" }), HttpStatusCode.Conflict, "GUAR-RELEASED");
    }
}
