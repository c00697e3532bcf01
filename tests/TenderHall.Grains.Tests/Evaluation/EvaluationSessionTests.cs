using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Evaluation;

namespace TenderHall.Grains.Tests.Evaluation;

public sealed class EvaluationSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Agency = new("agent", "agency-a", [Roles.Agency], null);
    private static readonly byte[] Key = NewKey();

    private static byte[] NewKey()
    {
        using var key = Crypto.Signing.SignatureKey.Generate(Crypto.Signing.SignatureAlgorithm.EcdsaP256Sha256);
        return key.Verifier.ExportSubjectPublicKeyInfo();
    }

    private static Actor Expert(int i) => new($"user-{i}", $"expert-{i}", [Roles.Expert], null);

    private static TenderView Tender(LegalRegime regime = LegalRegime.Engineering, long estimatedFen = 4_000_000_000) => new()
    {
        Id = "T-E1", Status = TenderStatus.Opened, Regime = regime,
        Registration = new TenderRegistration { AgencyId = "agency-a", EstimatedPriceFen = estimatedFen, Regime = regime },
        EvaluationMethod = new EvaluationMethod { PriceWeight = 40, TechnicalWeight = 45, CommercialWeight = 15, DeductionAbovePerPercent = 1, DeductionBelowPerPercent = 0.5m, Criteria = ["资格"] },
    };

    private static DrawView Draw(int members, int confirmed) => new()
    {
        Status = DrawStatus.Sealed,
        Request = new DrawRequest { CommitteeSize = members, Seats = [new DrawSeats { Specialty = "A05", Seats = members }] },
        Seats = [.. Enumerable.Range(0, members).Select(i => new DrawSeat
        {
            Seat = $"A05/{i + 1}", ExpertId = $"expert-{i}", Name = $"专家{i}", Status = i < confirmed ? SeatStatus.Confirmed : SeatStatus.Notified,
        })],
    };

    private static OpeningView Opening() => new()
    {
        Status = OpeningStatus.Closed,
        Rows = [.. new[] { "1000000.00", "1050000.00", "1100000.00" }.Select((p, i) => new OpeningRow
        {
            BidderId = $"bidder-{i}", BidderName = $"投标人{i}", Outcome = DecryptionOutcome.Opened, Price = p, PayloadSha256 = new string('a', 64),
        })],
    };

    private static (EvaluationSession Session, EvaluationState State) Opened(int members = 5) => Reviewed(members, _ => ([], false));

    /// <summary>Opened, and member i's review is <paramref name="review"/>(i): its failures and whether it finds competition lacking.</summary>
    private static (EvaluationSession Session, EvaluationState State) Reviewed(int members, Func<int, (ReviewFailure[] Failures, bool Lacking)> review)
    {
        var state = new EvaluationState();
        var session = new EvaluationSession("T-E1", state);
        session.Open(Agency, 8, Tender(), Draw(members, members), Opening(), Now);
        for (var i = 0; i < members; i++) session.CheckIn(Expert(i), Key, Now);
        for (var i = 0; i < members; i++) session.Review(Expert(i), review(i).Failures, review(i).Lacking, Now);
        return (session, state);
    }

    private static ReviewFailure Fails(string bidder) => new() { BidderId = bidder, Criterion = "资格", Reason = "资质证书过期", Article = "BLR 51" };

    private static List<ScoreEntry> Sheet(decimal technical) =>
        [.. Enumerable.Range(0, 3).Select(i => new ScoreEntry { BidderId = $"bidder-{i}", Technical = technical - i, Commercial = 10 })];

    [Fact]
    public void The_session_opens_only_with_every_drawn_seat_confirmed()
    {
        var session = new EvaluationSession("T-E1", new EvaluationState());
        Assert.Equal("EVAL-COMMITTEE", Assert.Throws<RuleViolationException>(() => session.Open(Agency, 8, Tender(), Draw(5, 4), Opening(), Now)).Rule);
    }

    [Fact]
    public void A_large_procurement_needs_a_committee_of_seven()
    {
        var session = new EvaluationSession("T-E1", new EvaluationState());
        var tender = Tender(LegalRegime.GovernmentProcurement, EvaluationSession.LargeProcurementFen);
        Assert.Equal("GP-COMMITTEE-7", Assert.Throws<RuleViolationException>(() => session.Open(Agency, 8, tender, Draw(5, 5), Opening(), Now)).Rule);
        session.Open(Agency, 8, tender, Draw(7, 7), Opening(), Now);
        Assert.Equal(EvaluationStatus.Review, session.Seen(Agency).Status);
    }

    [Fact]
    public void A_member_sees_no_other_sheet_before_submitting_its_own()
    {
        var (session, _) = Opened();
        session.Score(Expert(0), Sheet(40), Now);
        Assert.Equal("EVAL-SCORES-SEALED", Assert.Throws<RuleViolationException>(() => session.Sheets(Expert(1))).Rule);
        session.Score(Expert(1), Sheet(41), Now);
        Assert.Equal(2, session.Sheets(Expert(1)).Count);
        Assert.Equal("EVAL-SUBMITTED", Assert.Throws<RuleViolationException>(() => session.Score(Expert(1), Sheet(30), Now)).Rule);
        Assert.Equal("EVAL-MEMBER", Assert.Throws<RuleViolationException>(() => session.Sheets(new Actor("x", "expert-9", [Roles.Expert], null))).Rule);
    }

    [Fact]
    public void Time_is_extended_once_more_than_a_third_of_the_members_ask_and_nothing_is_scored_after_the_close()
    {
        var (session, _) = Opened();
        session.AskExtension(Expert(0), 2, Now);
        Assert.Empty(session.Seen(Agency).Extensions);
        session.AskExtension(Expert(1), 3, Now); // 2 of 5 > 1/3: the least asked for
        Assert.Equal([2], session.Seen(Agency).Extensions);
        Assert.Equal(Now.AddHours(10), session.Seen(Agency).Due);
        Assert.Equal("EVAL-CLOSED", Assert.Throws<RuleViolationException>(() => session.Score(Expert(0), Sheet(40), Now.AddHours(10))).Rule);
    }

    [Fact]
    public void The_last_sheet_ranks_at_most_three_candidates_and_the_last_signature_gives_the_result()
    {
        var (session, state) = Opened();
        for (var i = 0; i < 5; i++) session.Score(Expert(i), Sheet(40 + i), Now);
        var view = session.Seen(Agency);
        Assert.Equal(EvaluationStatus.Reporting, view.Status);
        Assert.Empty(view.Candidates); // the agency sees the ranking only once the report is signed
        var full = session.Report().View;
        Assert.Equal(1_050_000m, full.Benchmark);
        Assert.Equal(["bidder-1", "bidder-0", "bidder-2"], full.Candidates.Select(c => c.BidderId));
        // 4.76 % below the benchmark: 2.38 price points off; technical 40-44 from five members, mean 42
        Assert.Equal(42m + 10m + 40m - 2.38m, full.Results.Single(r => r.BidderId == "bidder-0").Score);
        session.AttachReport(new string('1', 64));
        EvaluationResult? result = null;
        for (var i = 0; i < 5; i++)
        {
            using var signer = Crypto.Signing.SignatureKey.Generate(Crypto.Signing.SignatureAlgorithm.EcdsaP256Sha256);
            session.CheckIn(Expert(i), signer.Verifier.ExportSubjectPublicKeyInfo(), Now);
            var member = session.Report().View.Members[i];
            var attributes = new byte[] { 1, 2, (byte)i };
            session.RequestSignature(Expert(i), new RecordSigningRequest
            {
                Supervisor = $"user-{i}", KeyId = member.KeyId!, RecordPdfSha256 = session.Report().View.ReportPdfSha256!, SignedAttributes = Convert.ToBase64String(attributes),
            }, Now);
            Assert.Equal("EVAL-SIGNATURE", Assert.Throws<RuleViolationException>(() => session.Countersign(Expert(i), new byte[64], "x", Now)).Rule);
            result = session.Countersign(Expert(i), signer.Sign(attributes), new string((char)('2' + i), 64), Now);
        }

        Assert.NotNull(result);
        Assert.Equal(new string('6', 64), result.ReportSha256);
        Assert.Equal(EvaluationStatus.Signed, state.View.Status);
        Assert.Equal(3, session.Seen(Agency).Candidates.Count);
    }

    [Fact]
    public void A_majority_failing_every_bid_rejects_them_all_and_the_report_names_why()
    {
        var (session, state) = Reviewed(5, i => (i < 3 ? [Fails("bidder-0"), Fails("bidder-1"), Fails("bidder-2")] : [], false));
        Assert.Equal(EvaluationStatus.Reporting, state.View.Status);
        Assert.Equal(3, state.View.Rejections.Count);
        Assert.Equal("评标委员会否决了全部投标（招标投标法第四十二条）", state.AllRejected);
        Assert.Empty(session.Report().View.Candidates);
    }

    [Fact]
    public void Fewer_than_three_valid_bids_with_a_majority_finding_competition_lacking_are_all_rejected()
    {
        var (_, state) = Reviewed(5, i => ([Fails("bidder-0")], i < 3));
        Assert.Equal(EvaluationStatus.Reporting, state.View.Status);
        Assert.Equal(["bidder-0", "bidder-1", "bidder-2"], state.View.Rejections.Select(r => r.BidderId));
        Assert.Equal("评标委员会和评标方法暂行规定第二十七条", state.View.Rejections[2].Article);
        Assert.StartsWith("有效投标不足三个，明显缺乏竞争", state.AllRejected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minority_finding_competition_lacking_or_three_valid_bids_leave_the_bids_to_scoring()
    {
        var (_, minority) = Reviewed(5, i => ([Fails("bidder-0")], i < 2));
        Assert.Equal(EvaluationStatus.Scoring, minority.View.Status);
        Assert.Single(minority.View.Rejections);
        var (_, three) = Reviewed(5, _ => ([], true));
        Assert.Equal(EvaluationStatus.Scoring, three.View.Status);
        Assert.Empty(three.View.Rejections);
        Assert.Null(three.AllRejected);
    }

    [Fact]
    public void A_clarification_request_passing_unanswered_is_late_once_and_an_answered_one_never()
    {
        var (session, _) = Opened();
        var late = session.AskClarification(Expert(0), "bidder-0", "请说明工期安排", 2, Now);
        var answered = session.AskClarification(Expert(1), "bidder-1", "请说明报价构成", 2, Now);
        session.AnswerClarification(new Actor("b", "bidder-1", [Roles.Bidder], null), answered.Number, "见附表", Now.AddHours(1));
        Assert.Empty(session.LateClarifications(Now.AddHours(2).AddTicks(-1)));
        Assert.Equal(Now.AddHours(2), session.NextClarificationDue());
        Assert.Equal([late.Number], session.LateClarifications(Now.AddHours(2)).Select(c => c.Number));
        Assert.Empty(session.LateClarifications(Now.AddHours(3)));
        Assert.Null(session.NextClarificationDue());
        Assert.Equal("EVAL-CLARIFICATION", Assert.Throws<RuleViolationException>(() =>
            session.AnswerClarification(new Actor("b", "bidder-0", [Roles.Bidder], null), late.Number, "迟到的答复", Now.AddHours(3))).Rule);
    }
}
