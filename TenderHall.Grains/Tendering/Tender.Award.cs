using TenderHall.Grains.Award;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tendering;

/// <summary>Determining the winner (定标, BL 40, BLR 55) and telling everyone at the same instant (BL 45).</summary>
public sealed partial class Tender
{
    /// <summary>
    /// Refuses unless <paramref name="actor"/> may award <paramref name="winnerId"/> now: after an unchallenged publicity
    /// (BLR 54), a candidate the rules allow (BLR 55); returns the decision without its notices.
    /// </summary>
    public AwardDecision RequireAwardable(Actor actor, string winnerId, string? reason, bool stateFunded, DateTimeOffset now)
    {
        RequireAgency(actor);
        var awarding = state.Status == TenderStatus.CandidatesPublicized || (state.Status == TenderStatus.Awarded && After.Award is null);
        if (!awarding || After.Result is not { } result) throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "award"));
        if (After.PublicityUntil is { } until && now < until) throw RuleViolationException.Of("BLR-54-PUBLICITY", ("until", Beijing(until)));
        if (ResultObjectionsOpen()) throw RuleViolationException.Of("BLR-54-OBJECTION", ("id", Id));
        var chosen = AwardRules.Choose(result, After.Declined, winnerId, reason, stateFunded);
        return new AwardDecision
        {
            BidderId = chosen.BidderId, BidderName = chosen.BidderName, Rank = chosen.Rank, Price = chosen.Price,
            Reason = AwardRules.Reason(reason, After.Declined.Count),
        };
    }

    /// <summary>
    /// Awards the chosen candidate with its signed notices: the award notice to the winner and the result to every other
    /// bidder go out in this one command, at one instant (BL 45); the contract (BL 46) and report (BL 47) clocks start.
    /// </summary>
    public void Decide(Actor actor, AwardRequest request, bool stateFunded, IReadOnlyCollection<string> bidders, DateTimeOffset now)
    {
        var decision = RequireAwardable(actor, request.WinnerId, request.Reason, stateFunded, now);
        decision.DecidedAt = now;
        decision.NoticePdfSha256 = request.NoticePdfSha256;
        decision.ResultPdfSha256 = request.ResultPdfSha256;
        if (state.Status == TenderStatus.CandidatesPublicized) lifecycle.Fire(TenderTrigger.Award);
        After.Award = decision;
        After.Contract = null;
        // BL 37: the committee is secret until the result is determined, which this notice does: the draw is revealed next.
        state.DrawRevealDue = true;
        var regime = Registration.Regime;
        After.ContractDue = deadlines.After(regime, PeriodId.Contract, now);
        After.ReportDue = deadlines.After(regime, PeriodId.WrittenReport, now);
        var round = After.Declined.Count + 1;
        journal.Record("tender.awarded", actor, now, ("winner", decision.BidderId), ("winnerName", decision.BidderName),
            ("rank", decision.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", decision.Reason),
            ("noticePdfSha256", decision.NoticePdfSha256), ("resultPdfSha256", decision.ResultPdfSha256),
            ("contractDue", After.ContractDue is { } due ? RuleValues.Iso(due) : "-"));
        var contractBy = After.ContractDue is { } by ? Beijing(by) : "-";
        journal.Notify([decision.BidderId], $"award/{round}/notice", "tender.award-notice", now,
            $"您已被确定为招标项目 {Id} 的中标人，中标通知书已签发。请在 {contractBy}（北京时间）前签订书面合同（招标投标法第四十六条）。",
            $"You are the winner of tender {Id}; the signed award notice is issued. Sign the contract by {contractBy} (Beijing time, BL 46).");
        journal.Notify(bidders.Where(b => b != decision.BidderId).Append(Registration.AgencyId), $"award/{round}/result", "tender.award-result", now,
            $"招标项目 {Id} 的中标人为 {decision.BidderName}，中标结果通知书已签发（招标投标法第四十五条）。",
            $"The winner of tender {Id} is {decision.BidderName}; the signed result notice is issued (BL 45).");
    }

    /// <summary>The winner gave up or did not provide its performance bond: the award falls away and may pass down the ranking (BLR 55).</summary>
    public void Decline(Actor actor, string? reason, DateTimeOffset now)
    {
        RequireAgency(actor);
        if (state.Status != TenderStatus.Awarded || After.Award is not { } award)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "record that the winner declined"));
        award.DeclinedAt = now;
        award.DeclineReason = Text(reason, "reason", 2000);
        After.Declined.Add(award);
        After.Award = null;
        After.Contract = null;
        After.ContractDue = null;
        journal.Record("tender.award-declined", actor, now, ("winner", award.BidderId), ("reason", award.DeclineReason));
    }
}
