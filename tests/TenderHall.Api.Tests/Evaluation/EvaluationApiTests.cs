using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tests.Evaluation;

[Collection(AfterOpeningCollection.Name)]
public sealed class EvaluationApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_committee_reviews_scores_independently_and_signs_the_report_and_the_tender_publishes_its_candidates()
    {
        var e = await EvaluationScenario.Create(platform);
        Assert.Equal("Opened", (await TenderScenario.Read(await e.Tender.Anonymous.GetAsync($"/api/v1/tenders/{e.Tender.TenderId}"))).GetProperty("status").GetString());
        await e.OpenAndCheckIn();
        Assert.Equal("Evaluating", (await TenderScenario.Read(await e.Tender.Anonymous.GetAsync($"/api/v1/tenders/{e.Tender.TenderId}"))).GetProperty("status").GetString());
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/watch", null));
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsJsonAsync($"{e.Url}/remarks", new { text = "评标委员会成员均已到场。" }));
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsJsonAsync($"{e.Url}/recordings", new { recordings = new[] { new { name = "评标录像.mp4", sha256 = new string('c', 64) } } }));

        // Members read the opened bids of this tender; the payload is the decrypted bid as the opening stored it.
        var bids = await TenderScenario.Read(await e.Member(0).GetAsync($"{e.Url}/bids"));
        Assert.Equal(3, bids.GetArrayLength());
        var first = e.Opening.Bidders[0].Id;
        var payload = await e.Member(0).GetByteArrayAsync($"{e.Url}/bids/{first}/payload");
        Assert.Equal(bids.EnumerateArray().Single(b => b.GetProperty("bidderId").GetString() == first).GetProperty("payloadSha256").GetString(),
            Convert.ToHexStringLower(SHA256.HashData(payload)));

        // A clarification to a bidder, answered through the platform before its deadline.
        var asked = await TenderScenario.Read(await e.Member(1).PostAsJsonAsync($"{e.Url}/clarifications", new { bidderId = first, question = "请说明工期计算依据。", hours = 4 }));
        var number = asked.GetProperty("number").GetInt32();
        TenderScenario.Ok(await e.Opening.Bidders[0].Client.PostAsJsonAsync($"{e.Url}/clarifications/{number}/answer", new { answer = "按总进度计划计算。" }));
        var bidderView = await TenderScenario.Read(await e.Opening.Bidders[0].Client.GetAsync(e.Url));
        Assert.Empty(bidderView.GetProperty("members").EnumerateArray()); // BL 37: a bidder learns nothing of the committee
        Assert.Equal("按总进度计划计算。", bidderView.GetProperty("clarifications")[0].GetProperty("answer").GetString());

        await e.ReviewAll();
        TenderScenario.Ok(await e.Score(0, 40));
        await ProblemAssert.IsRule(await e.Member(1).GetAsync($"{e.Url}/scores"), HttpStatusCode.Forbidden, "EVAL-SCORES-SEALED");
        for (var i = 1; i < e.Members.Count; i++) TenderScenario.Ok(await e.Score(i, 40 + i));
        Assert.Equal(e.Members.Count, (await TenderScenario.Read(await e.Member(1).GetAsync($"{e.Url}/scores"))).GetArrayLength());

        var ranked = await TenderScenario.Read(await e.Member(0).GetAsync(e.Url));
        Assert.Equal("Reporting", ranked.GetProperty("status").GetString());
        Assert.Equal(3, ranked.GetProperty("candidates").GetArrayLength());
        // The opened prices step by exactly 12345: supervision hears of the pattern (domain-rules §5).
        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(e.Tender.Now)).List();
        Assert.Contains(alarms, a => a.Code == "BLR-40-PRICE-PATTERN" && a.Subject == "tender/" + e.Tender.TenderId);

        var report = await TenderScenario.Read(await e.Opening.Supervisor.PostAsync($"{e.Url}/report", null));
        var platformSigned = report.GetProperty("reportPdfSha256").GetString();
        Assert.NotNull(platformSigned);
        await ProblemAssert.IsRule(await e.Tender.Agency.GetAsync($"{e.Url}/report.pdf"), HttpStatusCode.Forbidden, "EVAL-MEMBER");
        for (var i = 0; i < e.Members.Count; i++) await e.Countersign(i);

        var tender = await TenderScenario.Read(await e.Tender.Anonymous.GetAsync($"/api/v1/tenders/{e.Tender.TenderId}"));
        Assert.Equal("CandidatesPublicized", tender.GetProperty("status").GetString());
        var signed = await TenderScenario.Read(await e.Tender.Agency.GetAsync(e.Url));
        Assert.Equal("Signed", signed.GetProperty("status").GetString());
        var pdf = await e.Tender.Agency.GetByteArrayAsync($"{e.Url}/report.pdf");
        Assert.Equal(signed.GetProperty("result").GetProperty("reportSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        var platformKey = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(
            (await TenderScenario.Read(await e.Tender.Anonymous.GetAsync("/api/v1/documents/signing-key"))).GetProperty("subjectPublicKeyInfo").GetString()!));
        var verification = PdfSignatureVerifier.Verify(pdf);
        Assert.True(verification.IsSignedBy([platformKey, .. e.Members.Select(m => e.Keys[m].Verifier)]), string.Join("; ", verification.Signatures.Select(s => s.Problem)));
        Assert.Equal(1 + e.Members.Count, verification.Signatures.Count);
    }

    [Fact]
    public async Task Only_checked_in_members_read_the_bids_while_the_session_is_open()
    {
        var e = await EvaluationScenario.Create(platform);
        await ProblemAssert.IsRule(await e.Tender.Agency.PostAsJsonAsync(e.Url, new { hours = 0 }), HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await e.OpenAndCheckIn();
        using var outsider = platform.ClientAs(Roles.Expert, e.Draw.BidderEmployee, "user-" + e.Draw.BidderEmployee);
        await ProblemAssert.IsRule(await outsider.GetAsync($"{e.Url}/bids"), HttpStatusCode.Forbidden, "EVAL-MEMBER");
        await ProblemAssert.IsRule(await e.Opening.Supervisor.GetAsync($"{e.Url}/bids"), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        await e.ReviewAll();
        // BLR 48: two of four members (more than a third) ask for more time; the session is extended by the least asked.
        TenderScenario.Ok(await e.Member(0).PostAsJsonAsync($"{e.Url}/extension", new { hours = 2 }));
        var extended = await TenderScenario.Read(await e.Member(1).PostAsJsonAsync($"{e.Url}/extension", new { hours = 3 }));
        Assert.Equal(2, extended.GetProperty("extensions")[0].GetInt32());
        e.Tender.Advance(TimeSpan.FromHours(10) + TimeSpan.FromMinutes(1));
        await ProblemAssert.IsRule(await e.Score(0, 40), HttpStatusCode.Conflict, "EVAL-CLOSED");
        await ProblemAssert.IsRule(await e.Member(0).GetAsync($"{e.Url}/bids"), HttpStatusCode.Conflict, "EVAL-CLOSED");
    }

    [Fact]
    public async Task The_tender_refuses_more_than_three_candidates()
    {
        var e = await EvaluationScenario.Create(platform);
        await e.OpenAndCheckIn();
        var four = new EvaluationResult
        {
            Candidates = [.. Enumerable.Range(1, 4).Select(r => new RankedCandidate { Rank = r, BidderId = "b" + r, BidderName = "b" + r, Price = 1, Score = 1 })],
            ReportSha256 = new string('f', 64),
        };
        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ITenderGrain>(e.Tender.TenderId).PublishCandidates(four));
        Assert.Equal("BLR-53", error.Rule);
    }
}
