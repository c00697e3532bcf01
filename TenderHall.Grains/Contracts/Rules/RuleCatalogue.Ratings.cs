namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the service ratings (好差评, 国办发〔2019〕51号).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Ratings() =>
    [
        new("RATING-ONCE", "国办发〔2019〕51号 (一事一评: one rating per case)", RuleKind.Conflict,
            "Case {case} has already been rated; a service is rated once.",
            "办件 {case} 已经评价；一事一评，不能重复评价。"),
        new("RATING-NOT-YET", "国办发〔2019〕51号 (rate the service once it is done)", RuleKind.Conflict,
            "Case {case} is {status}; it can be rated once its decision is made.",
            "办件 {case} 当前状态为 {status}，办结后方可评价。"),
        new("RATING-RATER", "国办发〔2019〕51号 (rated by the person served)", RuleKind.Forbidden,
            "Only the applicant of case {case} may rate it.",
            "只有办件 {case} 的申请人可以评价。"),
        new("RATING-FOLLOW-UP", "国办发〔2019〕51号 (bad ratings are verified, rectified, called back and recorded, in order)", RuleKind.Conflict,
            "Rating {id}: {detail}.",
            "评价 {id}：{detail}。"),
        new("RATING-APPEAL", "国办发〔2019〕51号 (appeals against mistaken or malicious ratings)", RuleKind.Conflict,
            "Rating {id}: {detail}.",
            "评价 {id}：{detail}。"),
    ];
}
