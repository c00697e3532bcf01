using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using TenderHall.Api.Tests.Guarantees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using System.Text.Json;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Api.Tests.Opening;

[Collection(DrawAndOpeningCollection.Name)]
public sealed class OpeningSessionTests(PlatformFactory platform)
{
    [Fact]
    public async Task Fewer_than_three_bids_are_not_opened_the_tender_fails_and_guarantee_letters_are_released()
    {
        using var desk = new GuaranteeDesk(platform);
        var o = await OpeningScenario.Create(platform, bids: 2, beforeDeadline: async (tender, bidders) =>
        {
            await desk.LodgeFor(tender, bidders[0].Client, "BG-F0", GuaranteeDecision.Verified);
            await desk.LodgeFor(tender, bidders[1].Client, "BG-F1", null);
            await tender.PayDeposit(bidders[1].Id);
        });
        var view = await o.View();
        Assert.Equal("InsufficientBids", view.GetProperty("status").GetString());
        Assert.Equal(2, view.GetProperty("bids").GetInt32());
        Assert.Equal("FailedInsufficientBids", (await o.Tender.Tender()).GetProperty("status").GetString());
        Assert.Equal("Unsuccessful", (await o.Tender.Tender()).GetProperty("ocdsStatus").GetString());
        var inbox = await TenderScenario.Read(await o.Bidders[0].Client.GetAsync("/api/v1/notifications"));
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("type").GetString() == "tender.failed");
        // Past the deadline (server clock) no letter is lodged, and the released one stays as it was.
        var deadline = (await o.Tender.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        var before = await GuaranteeDesk.Read(o.Bidders[1].Client, o.Tender.TenderId, o.Bidders[1].Id);
        await ProblemAssert.IsRule(await GuaranteeDesk.Lodge(o.Bidders[1].Client, desk.Body(o.Tender.TenderId, deadline, before.AmountFen, "BG-LATE")),
            HttpStatusCode.Conflict, "GUAR-LATE");
        Assert.Equivalent(before, await GuaranteeDesk.Read(o.Bidders[1].Client, o.Tender.TenderId, o.Bidders[1].Id));
        // BL 28, BLR 44: the tender is re-tendered, so its letters bind no issuer any longer.
        foreach (var bidder in o.Bidders)
            Assert.Equal(GuaranteeReleaseReason.TenderFailed, (await GuaranteeDesk.Read(bidder.Client, o.Tender.TenderId, bidder.Id)).Release?.Reason);
        // ...and a deposit paid in cash goes back with interest, while the document fee, spent on the documents, stays paid.
        var deposit = await TenderScenario.Read(await o.Bidders[1].Client.GetAsync($"/api/v1/fees/orders/{FeeOrderIds.For(FeePurpose.BidDeposit, o.Tender.TenderId, o.Bidders[1].Id)}"));
        Assert.Equal(("Refunded", "TenderFailed"), (deposit.GetProperty("status").GetString(), deposit.GetProperty("refund").GetProperty("reason").GetString()));
        var fee = await TenderScenario.Read(await o.Bidders[1].Client.GetAsync($"/api/v1/fees/orders/{FeeOrderIds.For(FeePurpose.DocumentFee, o.Tender.TenderId, o.Bidders[1].Id)}"));
        Assert.Equal("Paid", fee.GetProperty("status").GetString());
    }

    [Fact]
    public async Task One_share_short_of_the_threshold_opens_nothing_and_a_non_custodian_share_is_refused()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
        TenderScenario.Ok(await o.HandOver(platform, o.Tender.Custodians.Keys.First()));
        var view = await o.View();
        Assert.Equal("AwaitingShares", view.GetProperty("status").GetString());
        Assert.Empty(view.GetProperty("rows").EnumerateArray());

        using var stranger = platform.ClientAs(Roles.Bidder, o.Bidders[0].Id);
        using var refused = await stranger.PostAsJsonAsync($"{o.Url}/shares", new { x = 9, share = Convert.ToBase64String(new byte[32]), signature = "AAAA" });
        await ProblemAssert.IsRule(refused, HttpStatusCode.Forbidden, "BID-CUSTODIAN");
    }

    [Fact]
    public async Task Shares_cannot_be_handed_over_before_a_supervisor_checks_in()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        using var response = await o.HandOver(platform, o.Tender.Custodians.Keys.First());
        await ProblemAssert.IsRule(response, HttpStatusCode.Conflict, "OPEN-SUPERVISOR");
    }

    [Fact]
    public async Task With_k_shares_every_bid_opens_the_record_is_answered_signed_and_closed()
    {
        using var desk = new GuaranteeDesk(platform);
        var letters = new GuaranteeLetter[3];
        var o = await OpeningScenario.Create(platform, bids: 3, beforeDeadline: async (tender, bidders) =>
        {
            letters[0] = await desk.LodgeFor(tender, bidders[0].Client, "BG-OK-" + bidders[0].Id, GuaranteeDecision.Verified);
            letters[1] = await desk.LodgeFor(tender, bidders[1].Client, "BG-WAIT-" + bidders[1].Id, null);
            letters[2] = await desk.LodgeFor(tender, bidders[2].Client, "BG-NO-" + bidders[2].Id, GuaranteeDecision.Rejected);
        });
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
        foreach (var custodian in o.Tender.Custodians.Keys.Take(2)) TenderScenario.Ok(await o.HandOver(platform, custodian));

        var view = await o.Decrypted();
        Assert.Equal("RecordPublished", view.GetProperty("status").GetString());
        var rows = view.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("Opened", r.GetProperty("outcome").GetString()));
        Assert.Contains(rows, r => r.GetProperty("price").GetString() == "1012345.00" && r.GetProperty("bidderId").GetString() == o.Bidders[1].Id);
        // BLR 26: the deposit column names the letter the issuer verified, and says which were not verified or were rejected.
        var deposits = rows.ToDictionary(r => r.GetProperty("bidderId").GetString()!, r => r.GetProperty("depositStatus").GetString());
        Assert.Equal($"保函已核验：中国建设银行海口分行 {letters[0].LetterNumber}，500000.00 元", deposits[o.Bidders[0].Id]);
        Assert.StartsWith("保函未核验", deposits[o.Bidders[1].Id]);
        Assert.StartsWith("保函被拒", deposits[o.Bidders[2].Id]);

        TenderScenario.Ok(await o.Bidders[0].Client.PostAsJsonAsync($"{o.Url}/response", new { confirm = true }));
        TenderScenario.Ok(await o.Bidders[1].Client.PostAsJsonAsync($"{o.Url}/response", new { confirm = false, objection = "报价应为含税价" }));
        using (var early = await o.Supervisor.PostAsync($"{o.Url}/record", null))
            await ProblemAssert.IsRule(early, HttpStatusCode.Conflict, "OPEN-UNANSWERED");
        TenderScenario.Ok(await o.Tender.Agency.PostAsJsonAsync($"{o.Url}/objections/{o.Bidders[1].Id}/answer", new { answer = "开标记录如实记载投标文件报价" }));

        var signed = await TenderScenario.Read(await o.Supervisor.PostAsync($"{o.Url}/record", null));
        var pdf = await o.Tender.Anonymous.GetByteArrayAsync($"{o.Url}/record.pdf");
        Assert.Equal(signed.GetProperty("recordPdfSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await o.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        Assert.True(PdfSignatureVerifier.VerifySignedBy(pdf, [platformKey]));

        var (request, signature) = await o.SignRecord();
        var prepared = await o.Supervisor.GetByteArrayAsync($"{o.Url}/record/signing-request.pdf");
        Assert.Equal(pdf, prepared[..pdf.Length]); // the supervisor's tool can see it signs the published record plus an empty signature
        var closed = await TenderScenario.Read(await o.Supervisor.PostAsJsonAsync($"{o.Url}/close", new
        {
            notes = "开标过程正常，投标人代表远程在线参加。", recordings = new[] { new { name = "开标录像.mp4", sha256 = new string('e', 64) } }, signature,
        }));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(signature, closed.GetProperty("supervisorSignature").GetString());
        // The tender follows the session: opened, its evaluation next.
        var tender = await TenderScenario.Read(await o.Tender.Anonymous.GetAsync($"/api/v1/tenders/{o.Tender.TenderId}"));
        Assert.Equal("Opened", tender.GetProperty("status").GetString());

        // The record now carries both signatures; the supervisor's key never left the supervisor.
        var final = await o.Tender.Anonymous.GetByteArrayAsync($"{o.Url}/record.pdf");
        Assert.Equal(closed.GetProperty("recordPdfSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(final)));
        Assert.Equal(request.GetProperty("recordPdfSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var verification = PdfSignatureVerifier.Verify(final);
        Assert.True(verification.IsSignedBy([platformKey, o.SupervisorKey.Verifier]), string.Join("; ", verification.Signatures.Select(s => s.Problem)));
        Assert.Contains("O=监督部门", verification.Signatures[1].Subject, StringComparison.Ordinal); // named by the certificate the platform issued
    }

    [Fact]
    public async Task A_wrong_or_stale_supervisor_signature_is_refused_and_the_session_stays_open()
    {
        var o = await OpeningScenario.Create(platform, bids: 3);
        await o.Open(platform);
        await o.Decrypted();
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/record", null));
        var close = new { notes = "正常", recordings = Array.Empty<object>(), signature = Convert.ToBase64String(new byte[64]) };

        using (var unprepared = await o.Supervisor.PostAsJsonAsync($"{o.Url}/close", close))
            await ProblemAssert.IsRule(unprepared, HttpStatusCode.Conflict, "OPEN-STATE");
        using (var unknownKey = await o.Supervisor.PostAsJsonAsync($"{o.Url}/record/signing-request", new { keyId = "0000000000000000" }))
            await ProblemAssert.IsRule(unknownKey, HttpStatusCode.UnprocessableEntity, "OPEN-RECORD-KEY");
        using var absent = platform.ClientAs(Roles.Supervisor, "supervision-elsewhere", "supervisor-not-present");
        using (var notCheckedIn = await absent.PostAsJsonAsync($"{o.Url}/record/signing-request", new { }))
            await ProblemAssert.IsRule(notCheckedIn, HttpStatusCode.Conflict, "OPEN-SUPERVISOR");

        var (request, _) = await o.SignRecord();
        using var impostor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var forged = Convert.ToBase64String(impostor.Sign(Convert.FromBase64String(request.GetProperty("signedAttributes").GetString()!)));
        using (var wrong = await o.Supervisor.PostAsJsonAsync($"{o.Url}/close", close with { signature = forged }))
            await ProblemAssert.IsRule(wrong, HttpStatusCode.UnprocessableEntity, "OPEN-RECORD-SIGNATURE");

        // Rendering the record again makes the prepared signature stale: it covered the earlier file.
        var (_, signature) = await o.SignRecord();
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/record", null));
        using (var stale = await o.Supervisor.PostAsJsonAsync($"{o.Url}/close", close with { signature = signature }))
            await ProblemAssert.IsRule(stale, HttpStatusCode.Conflict, "OPEN-STATE");

        var view = await o.View();
        Assert.Equal("RecordPublished", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("supervisorSignature").ValueKind);
        Assert.True(PdfSignatureVerifier.Verify(await o.Tender.Anonymous.GetByteArrayAsync($"{o.Url}/record.pdf")).Signatures.Count == 1);
    }

    [Fact]
    public async Task A_damaged_envelope_is_revoked_and_a_copy_the_platform_damaged_is_withdrawn_and_the_rest_still_open()
    {
        // Bidder 0 seals a bid whose last segment is damaged: the bidder's fault. Bidder 1's stored copy is damaged on disk: the platform's.
        var o = await OpeningScenario.Create(platform, bids: 4, tamper: (i, envelope) =>
        {
            if (i != 0) return envelope;
            var copy = (byte[])envelope.Clone();
            copy[^20] ^= 0xFF;
            return copy;
        });
        var stored = Convert.ToHexStringLower(SHA256.HashData(await o.Bidders[1].Client.GetByteArrayAsync($"/api/v1/tenders/{o.Tender.TenderId}/envelopes/{o.Bidders[1].Id}")));
        var file = Directory.EnumerateFiles(Path.Combine(platform.DataDirectory, "blobs"), stored, SearchOption.AllDirectories).Single();
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/check-in", null));
        foreach (var custodian in o.Tender.Custodians.Keys.Skip(1)) TenderScenario.Ok(await o.HandOver(platform, custodian));
        var rows = (await o.Decrypted()).GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("bidderId").GetString()!, r => r.GetProperty("outcome").GetString());
        Assert.Equal("RevokedByBidderFault", rows[o.Bidders[0].Id]);
        Assert.Equal("WithdrawnNotBidderFault", rows[o.Bidders[1].Id]);
        Assert.Equal("Opened", rows[o.Bidders[2].Id]);
        Assert.Equal("Opened", rows[o.Bidders[3].Id]);
    }
}
