using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Award;

/// <summary>Who may be awarded (BL 40, BLR 55) and what a contract may ask of the winner (BLR 58).</summary>
public static class AwardRules
{
    /// <summary>
    /// The candidate <paramref name="winnerId"/> when the tenderee may award it: for a state-funded project only the first
    /// candidate still standing (BLR 55: the first-ranked, then down the ranking when it gives up or fails its bond);
    /// otherwise any candidate, with a recorded reason when it is not the first still standing (BL 40).
    /// </summary>
    public static RankedCandidate Choose(EvaluationResult result, IEnumerable<AwardDecision> declined, string winnerId, string? reason, bool stateFunded)
    {
        var gone = declined.Select(d => d.BidderId).ToHashSet(StringComparer.Ordinal);
        var standing = result.Candidates.Where(c => !gone.Contains(c.BidderId)).OrderBy(c => c.Rank).ToList();
        if (standing.Count == 0) throw RuleViolationException.Of("BLR-55-EXHAUSTED", ("candidates", result.Candidates.Count));
        var chosen = standing.FirstOrDefault(c => c.BidderId == winnerId)
                     ?? throw RuleViolationException.Of("AWARD-CANDIDATE", ("winner", winnerId), ("candidates", string.Join(", ", standing.Select(c => c.BidderId))));
        if (chosen == standing[0]) return chosen;
        if (stateFunded) throw RuleViolationException.Of("BLR-55", ("first", standing[0].BidderName), ("rank", standing[0].Rank));
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 2000) throw RuleViolationException.Of("AWARD-REASON", ("winner", chosen.BidderName));
        return chosen;
    }

    /// <summary>The reason recorded with the award: the tenderee's words, or the rule that made the choice.</summary>
    public static string Reason(RankedCandidate chosen, string? reason, int declined) =>
        !string.IsNullOrWhiteSpace(reason) ? reason.Trim()
        : declined == 0 ? "排名第一的中标候选人（招标投标法实施条例第五十五条）"
        : "排名在前的中标候选人放弃中标或未提交履约保证金，依次确定（招标投标法实施条例第五十五条）";

    /// <summary>BLR 58: a performance bond of at most 10 % of the contract value.</summary>
    public static void RequireContract(long valueFen, long performanceBondFen)
    {
        if (valueFen <= 0) throw RuleViolationException.Of("REQ-FIELD", ("field", "valueFen"), ("detail", "a positive amount in fen"));
        if (performanceBondFen < 0 || performanceBondFen * 10 > valueFen)
            throw RuleViolationException.Of("BLR-58", ("bond", RuleValues.Yuan(performanceBondFen)), ("value", RuleValues.Yuan(valueFen)));
    }
}
