namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of projects and the tender lifecycle up to the bid deadline.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Tendering() =>
    [
        new("BLR-7", "BLR 7 (approved tender scheme)", RuleKind.Invalid,
            "The project's approved tender scheme is incomplete: {detail}.",
            "项目招标方案核准信息不完整：{detail}。"),
        new("BLR-7-SCHEME", "BLR 7 (tender must follow the approved scheme)", RuleKind.Invalid,
            "The registration departs from the approved tender scheme: {field} is '{registered}', the scheme says '{approved}'. Supervision has been informed.",
            "进场登记与核准的招标方案不符：{field} 为“{registered}”，核准为“{approved}”。已报告监督部门。"),
        new("BLR-26", "BLR 26 (bid deposit ≤ 2 % of the estimated price)", RuleKind.Invalid,
            "A bid deposit of {deposit} fen exceeds 2 % of the estimated price ({cap} fen).",
            "投标保证金 {deposit} 分超过估算价的 2%（{cap} 分）。"),
        new("BLR-16-WINDOW", "BLR 16 (documents sold during the announced sale window)", RuleKind.Conflict,
            "Tender documents of {id} are sold only from {saleStart} to {saleEnd} (Beijing time).",
            "招标项目 {id} 的招标文件仅在北京时间 {saleStart} 至 {saleEnd} 期间发售。"),
        new("BLR-22-WINDOW", "BLR 22 (objections ≥ 10 days before the bid deadline)", RuleKind.Conflict,
            "Objections to the documents had to be raised before {cutoff} (Beijing time); the bid deadline is {deadline}.",
            "对招标文件的异议应在北京时间 {cutoff} 前提出；投标截止时间为北京时间 {deadline}。"),
        new("TENDER-NOT-FOUND", "Tender registry", RuleKind.NotFound,
            "Tender '{id}' is not registered.",
            "招标项目“{id}”未登记。"),
        new("TENDER-OWNER", "BL 12 (the tenderee or its agency runs the tender)", RuleKind.Forbidden,
            "Only the agency running tender '{id}' may do this.",
            "只有承办招标项目“{id}”的代理机构可以执行此操作。"),
        new("TENDER-STATE", "Tender lifecycle (domain-rules §2)", RuleKind.Conflict,
            "Tender '{id}' is {status}: '{action}' is not possible now.",
            "招标项目“{id}”当前状态为 {status}，不能执行“{action}”。"),
        new("BLR-53", "BLR 53 (one to three ranked candidates)", RuleKind.Invalid,
            "The committee recommends one to three ranked candidates; the result names {candidates}.",
            "评标委员会推荐的中标候选人应当不超过3个并标明排序；该结果列出了 {candidates} 个。"),
        new("BLR-22-INTEREST", "BLR 22 (objections by potential bidders and other interested parties)", RuleKind.Forbidden,
            "You did not obtain the documents of tender '{id}': an interested party may object only by stating the ground of its interest (interestGround), which the agency reviews.",
            "您未获取招标项目“{id}”的招标文件：其他利害关系人须陈述其利害关系（interestGround）方可提出异议，由代理机构审查。"),
        new("TENDER-HOLDER", "BL 22, BLR 22 (document holders)", RuleKind.Forbidden,
            "Only bidders who obtained the documents of tender '{id}' through a paid order may do this.",
            "只有已付费获取招标项目“{id}”招标文件的投标人可以执行此操作。"),
    ];
}
