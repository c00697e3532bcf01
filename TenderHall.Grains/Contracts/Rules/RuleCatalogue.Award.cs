namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the candidate publicity, the award, the contract and the archive (BL 45–47, BLR 54–58).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Award() =>
    [
        new("BLR-54-WINDOW", "BLR 54 (objections to the result during the publicity)", RuleKind.Conflict,
            "The candidate publicity ended at {until} (Beijing time); objections to the result are raised during it. A complaint to supervision remains (BLR 60).",
            "中标候选人公示期已于 {until}（北京时间）结束，对评标结果的异议应当在公示期间提出；可依法向行政监督部门投诉（招标投标法实施条例第六十条）。"),
        new("BLR-54-PARTY", "BLR 54 (objections by bidders and other interested parties)", RuleKind.Forbidden,
            "Only a bidder whose bid was opened in tender {id} may object to its result here.",
            "只有在招标项目 {id} 中投标文件已开启的投标人可以在此对评标结果提出异议。"),
        new("BLR-54-PUBLICITY", "BLR 54 (candidate publicity ≥ 3 days)", RuleKind.Conflict,
            "The candidate publicity runs until {until} (Beijing time); the winner is determined after it.",
            "中标候选人公示期至 {until}（北京时间），公示期满后方可确定中标人。"),
        new("BLR-54-OBJECTION", "BLR 54 (the tender pauses until an objection is answered)", RuleKind.Conflict,
            "Tender {id} has an unanswered objection to its result; answer it before the award.",
            "招标项目 {id} 有尚未答复的对评标结果的异议，答复后方可确定中标人。"),
        new("BLR-55", "BLR 55 (state-funded projects award the first-ranked candidate)", RuleKind.Conflict,
            "This project is state-funded: the winner is the first candidate still standing, {first} (rank {rank}).",
            "本项目为国有资金占控股或者主导地位的项目，应当确定排名第一的中标候选人为中标人：{first}（第 {rank} 名）。"),
        new("BLR-55-EXHAUSTED", "BLR 55 (no candidate left: re-tender)", RuleKind.Conflict,
            "None of the {candidates} candidates is left to award; the tender must be re-tendered.",
            "{candidates} 名中标候选人均已不能中标，应当依法重新招标。"),
        new("AWARD-CANDIDATE", "BL 40 (the winner is one of the recommended candidates)", RuleKind.Invalid,
            "'{winner}' is not a candidate still standing; choose one of: {candidates}.",
            "“{winner}”不是可确定的中标候选人，请从以下候选人中选择：{candidates}。"),
        new("AWARD-REASON", "BL 40 (the tenderee's choice is recorded with its reason)", RuleKind.Invalid,
            "Awarding {winner} instead of the first candidate needs a recorded reason (1-2000 characters).",
            "确定 {winner} 而非排名第一的候选人为中标人，应当记录理由（1-2000 字）。"),
        new("BLR-58", "BLR 58 (performance bond ≤ 10 % of the contract value)", RuleKind.Invalid,
            "A performance bond of {bond} yuan is more than 10 % of the contract value of {value} yuan.",
            "履约保证金 {bond} 元超过中标合同金额 {value} 元的10%。"),
        new("CONTRACT-PARTY", "BL 46 (the contract is between the tenderee and the winner)", RuleKind.Forbidden,
            "Only the tenderee's agency and the winner sign the contract of tender {id}.",
            "招标项目 {id} 的合同只能由招标人（代理机构）和中标人签署。"),
        new("CONTRACT-KEY", "EBM 6 (signatures with registered keys)", RuleKind.Invalid,
            "Organisation {organization} has no current registered signing key '{key}'; register one or name it with keyId.",
            "单位 {organization} 没有当前有效的已登记签名密钥“{key}”，请先登记或用 keyId 指定。"),
        new("CONTRACT-SIGNATURE", "EBM 6 (signatures with registered keys)", RuleKind.Invalid,
            "The signature of {organization} does not verify with its registered key over the prepared contract; sign the signed attributes again.",
            "单位 {organization} 的签名无法用其登记的密钥对待签合同验证，请重新对签名属性签名。"),
        new("BL-47-MISSING", "BL 47 (written report to supervision)", RuleKind.Conflict,
            "Tender {id} has no written report to supervision yet; file it before the archive.",
            "招标项目 {id} 尚未向行政监督部门提交书面报告，请先提交再归档。"),
    ];
}
