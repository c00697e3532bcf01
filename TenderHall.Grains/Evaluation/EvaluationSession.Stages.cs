using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Evaluation;

/// <summary>The review, the independent scoring, clarifications and more time (BL 39, BLR 48, 49, 51-53).</summary>
public sealed partial class EvaluationSession
{
    /// <summary>
    /// A member's review: the failures it finds, and whether competition is lacking should fewer than three valid bids remain;
    /// when the last member's is in, the majority decides (BLR 51; BL 42).
    /// </summary>
    public void Review(Actor actor, IReadOnlyList<ReviewFailure> failures, bool competitionLacking, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (View.Status != EvaluationStatus.Review) throw Conflict("submit a review");
        if (member.Reviewed) throw RuleViolationException.Of("EVAL-SUBMITTED", ("seat", member.Seat), ("sheet", "review"));
        var criteria = View.Method!.Criteria;
        foreach (var failure in failures)
        {
            _ = Bid(failure.BidderId);
            if (!criteria.Contains(failure.Criterion)) throw RuleViolationException.Of("REQ-FIELD", ("field", "criterion"), ("detail", "one of the method's criteria, word for word"));
            failure.Reason = Text(failure.Reason, "reason", 1000);
            failure.Article = Text(failure.Article, "article", 50);
        }

        if (failures.DistinctBy(f => (f.BidderId, f.Criterion)).Count() != failures.Count)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "failures"), ("detail", "one finding per bid and criterion"));
        state.Reviews[member.Seat] = [.. failures];
        if (competitionLacking) state.CompetitionLacking.Add(member.Seat);
        member.Reviewed = true;
        Record("evaluation.reviewed", actor, ("seat", member.Seat), ("failures", Number(failures.Count)), ("competitionLacking", competitionLacking ? "true" : "false"));
        if (View.Members.Any(m => !m.Reviewed)) return;

        View.Rejections = ReviewMajority.Reject(state.Bids, criteria, View.Members.Count, [.. state.Reviews.Values]);
        var lacking = Valid.Count is > 0 and < 3 && state.CompetitionLacking.Count * 2 > View.Members.Count;
        // 评标委员会和评标方法暂行规定 Art 27: fewer than three valid bids leave competition plainly lacking, and the committee,
        // by majority, rejects them all; BL 42: once every bid is rejected the tender is tendered again.
        if (lacking)
            View.Rejections.AddRange(Valid.Select(b => new BidRejection
            {
                BidderId = b.BidderId, BidderName = b.BidderName, Reason = LackingCompetition, Article = "评标委员会和评标方法暂行规定第二十七条",
            }));
        if (Valid.Count == 0)
            state.AllRejected = lacking ? LackingCompetition + "，否决全部投标（招标投标法第四十二条）" : "评标委员会否决了全部投标（招标投标法第四十二条）";
        View.Status = Valid.Count == 0 ? EvaluationStatus.Reporting : EvaluationStatus.Scoring;
        Record("evaluation.review-decided", Actor.System, ("rejected", string.Join(",", View.Rejections.Select(r => r.BidderId))),
            ("allRejected", state.AllRejected ?? ""));
    }

    private const string LackingCompetition = "有效投标不足三个，明显缺乏竞争";

    /// <summary>
    /// A member's scores of every valid bid, submitted once; its hash is logged at once, so the sheet is fixed before anyone
    /// sees another's (BLR 49). When the last member's is in, the scores are aggregated and the candidates ranked (BLR 53).
    /// </summary>
    public void Score(Actor actor, IReadOnlyList<ScoreEntry> entries, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (View.Status != EvaluationStatus.Scoring) throw Conflict("submit scores");
        if (member.Scored) throw RuleViolationException.Of("EVAL-SUBMITTED", ("seat", member.Seat), ("sheet", "scores"));
        var valid = Valid;
        if (entries.Count != valid.Count || entries.Select(e => e.BidderId).Distinct().Count() != valid.Count || entries.Any(e => valid.All(b => b.BidderId != e.BidderId)))
            throw RuleViolationException.Of("EVAL-SCORE", ("bidder", "-"), ("detail", "one entry for each bid that passed the review, and no other"));
        foreach (var entry in entries) CheckEntry(entry, valid.First(b => b.BidderId == entry.BidderId));
        var sheet = new ScoreSheet { Seat = member.Seat, SubmittedAt = now, Entries = [.. entries.OrderBy(e => e.BidderId, StringComparer.Ordinal)] };
        state.Sheets[member.Seat] = sheet;
        member.Scored = true;
        Record("evaluation.scored", actor, ("seat", member.Seat), ("sheetSha256", SheetHash(sheet)));
        if (View.Members.Any(m => !m.Scored)) return;
        Aggregate();
    }

    /// <summary>The sheets <paramref name="actor"/> may see: none before its own is in (BLR 49), then all; supervision all; the agency once signed.</summary>
    public IReadOnlyList<ScoreSheet> Sheets(Actor actor)
    {
        if (actor.Is(Roles.Supervisor) || (actor.Is(Roles.Agency) && View.Status == EvaluationStatus.Signed)) return [.. state.Sheets.Values];
        var member = Member(actor);
        return member.Scored ? [.. state.Sheets.Values] : throw RuleViolationException.Of("EVAL-SCORES-SEALED", ("seat", member.Seat));
    }

    /// <summary>A member asks a bidder to clarify within <paramref name="hours"/> hours (BL 39: no change to the substance of the bid).</summary>
    public EvaluationClarification AskClarification(Actor actor, string bidderId, string question, int hours, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (View.Status is not (EvaluationStatus.Review or EvaluationStatus.Scoring)) throw Conflict("ask for a clarification");
        var bid = Bid(bidderId);
        if (hours is < 1 or > 72) throw RuleViolationException.Of("REQ-FIELD", ("field", "hours"), ("detail", "1-72"));
        var clarification = new EvaluationClarification
        {
            Number = View.Clarifications.Count + 1, BidderId = bid.BidderId, Question = Text(question, "question", 4000), AskedAt = now, Due = now.AddHours(hours),
        };
        View.Clarifications.Add(clarification);
        Record("evaluation.clarification-asked", actor, ("seat", member.Seat), ("bidder", bid.BidderId), ("number", Number(clarification.Number)),
            ("due", RuleValues.Iso(clarification.Due)));
        return clarification;
    }

    /// <summary>The bidder answers its clarification request before the deadline, while the session is open.</summary>
    public EvaluationClarification AnswerClarification(Actor actor, int number, string answer, DateTimeOffset now)
    {
        var clarification = View.Clarifications.FirstOrDefault(c => c.Number == number && actor.Is(Roles.Bidder) && c.BidderId == actor.OrganizationId)
                            ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "number"), ("detail", "no clarification request of that number to you"));
        RequireOpen(now);
        if (clarification.Answer is not null || now >= clarification.Due)
            throw RuleViolationException.Of("EVAL-CLARIFICATION", ("number", Number(number)), ("due", RuleValues.Beijing(clarification.Due)));
        clarification.Answer = Text(answer, "answer", 20_000);
        clarification.AnsweredAt = now;
        Record("evaluation.clarification-answered", actor, ("bidder", clarification.BidderId), ("number", Number(number)),
            ("answerSha256", Sha256(clarification.Answer)));
        return clarification;
    }

    /// <summary>The clarification requests whose deadline passed unanswered by <paramref name="now"/> and raised no alarm yet; marks them (BL 39).</summary>
    public List<EvaluationClarification> LateClarifications(DateTimeOffset now)
    {
        var late = View.Clarifications.Where(c => c.Answer is null && now >= c.Due && !state.LateClarifications.Contains(c.Number)).ToList();
        state.LateClarifications.AddRange(late.Select(c => c.Number));
        return late;
    }

    /// <summary>When the next unanswered clarification request falls due without an alarm yet, or null.</summary>
    public DateTimeOffset? NextClarificationDue() =>
        View.Clarifications.Where(c => c.Answer is null && !state.LateClarifications.Contains(c.Number)).Select(c => (DateTimeOffset?)c.Due).Min();

    /// <summary>
    /// A member finds the time insufficient; once more than a third of the members do, the session is extended (BLR 48) by the
    /// least any of them asked for, and the asks start over.
    /// </summary>
    public void AskExtension(Actor actor, int hours, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (hours is < 1 or > 24) throw RuleViolationException.Of("REQ-FIELD", ("field", "hours"), ("detail", "1-24"));
        state.ExtensionAsks[member.Seat] = hours;
        member.AsksExtension = true;
        Record("evaluation.extension-asked", actor, ("seat", member.Seat), ("hours", Number(hours)));
        if (state.ExtensionAsks.Count * 3 <= View.Members.Count) return;
        var granted = state.ExtensionAsks.Values.Min();
        View.Due = View.Due!.Value.AddHours(granted);
        View.Extensions.Add(granted);
        state.ExtensionAsks.Clear();
        foreach (var asking in View.Members) asking.AsksExtension = false;
        Record("evaluation.extended", Actor.System, ("hours", Number(granted)), ("due", RuleValues.Iso(View.Due.Value)));
    }

    private List<EvaluatedBid> Valid => [.. state.Bids.Where(b => View.Rejections.All(r => r.BidderId != b.BidderId))];

    private void CheckEntry(ScoreEntry entry, EvaluatedBid bid)
    {
        var method = View.Method!;
        string? problem = method.Kind == EvaluationMethodKind.Comprehensive
            ? entry.Technical < 0 || entry.Technical > method.TechnicalWeight || entry.Commercial < 0 || entry.Commercial > method.CommercialWeight || entry.Adjustment != 0
                ? $"technical 0-{method.TechnicalWeight}, commercial 0-{method.CommercialWeight}, no adjustment"
                : null
            : entry.Technical != 0 || entry.Commercial != 0 || bid.Price + entry.Adjustment <= 0
                ? "only an adjustment, leaving a positive evaluated price"
                : null;
        if (problem is not null) throw RuleViolationException.Of("EVAL-SCORE", ("bidder", bid.BidderId), ("detail", problem));
        if (decimal.Round(entry.Technical, 2) != entry.Technical || decimal.Round(entry.Commercial, 2) != entry.Commercial || decimal.Round(entry.Adjustment, 2) != entry.Adjustment)
            throw RuleViolationException.Of("EVAL-SCORE", ("bidder", bid.BidderId), ("detail", "at most two decimals"));
    }

    private void Aggregate()
    {
        var method = View.Method!;
        var valid = Valid;
        var sheets = state.Sheets.Values.ToList();
        decimal Mean(string bidder, Func<ScoreEntry, decimal> part) => ScoreAggregation.Mean([.. sheets.Select(s => part(s.Entries.First(e => e.BidderId == bidder)))]);
        if (method.Kind == EvaluationMethodKind.Comprehensive)
        {
            var benchmark = PriceScoring.Benchmark([.. valid.Select(b => b.Price)], method, state.Regime);
            View.Benchmark = benchmark;
            View.Results = [.. valid.Select(b =>
            {
                var price = PriceScoring.Score(b.Price, benchmark, method, state.Regime);
                var (technical, commercial) = (Mean(b.BidderId, e => e.Technical), Mean(b.BidderId, e => e.Commercial));
                return new BidResult
                {
                    BidderId = b.BidderId, BidderName = b.BidderName, Price = b.Price, PriceScore = price, Technical = technical, Commercial = commercial,
                    Score = ScoreMath.Round(price + technical + commercial),
                };
            })];
        }
        else
        {
            View.Results = [.. valid.Select(b => new BidResult
            {
                BidderId = b.BidderId, BidderName = b.BidderName, Price = b.Price, Score = ScoreMath.Round(b.Price + Mean(b.BidderId, e => e.Adjustment)),
            })];
        }

        View.Results = [.. CandidateRanking.Order(tenderId, View.Results, method.Kind)];
        View.Candidates = CandidateRanking.Candidates(tenderId, View.Results, method.Kind);
        View.Status = EvaluationStatus.Reporting;
        Record("evaluation.ranked", Actor.System, ("candidates", string.Join(",", View.Candidates.Select(c => c.BidderId))),
            ("benchmark", View.Benchmark?.ToString(CultureInfo.InvariantCulture) ?? ""));
    }

    /// <summary>The collusion signals the opened prices, the ranking and the sheets show, each once (domain-rules §5).</summary>
    public List<(string Code, string Key, string Detail)> NewSignals()
    {
        if (View.Status is not (EvaluationStatus.Reporting or EvaluationStatus.Signed)) return [];
        var totals = state.Sheets.ToDictionary(s => s.Key, s => s.Value.Entries.ToDictionary(e => e.BidderId, e => e.Technical + e.Commercial));
        var signals = EvaluationSignals.Prices(state.Bids, View.Rejections, View.Candidates)
            .Concat(View.Method!.Kind == EvaluationMethodKind.Comprehensive ? EvaluationSignals.Scores(totals) : [])
            .Where(s => !state.Signals.Contains($"{s.Code}:{s.Key}")).ToList();
        state.Signals.AddRange(signals.Select(s => $"{s.Code}:{s.Key}"));
        return signals;
    }

    private static string SheetHash(ScoreSheet sheet)
    {
        var text = new StringBuilder("TenderHall score sheet v1\n").Append(sheet.Seat).Append('\n');
        foreach (var e in sheet.Entries)
            text.Append(CultureInfo.InvariantCulture, $"{e.BidderId}\t{e.Technical:0.00}\t{e.Commercial:0.00}\t{e.Adjustment:0.00}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
