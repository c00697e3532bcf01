namespace TenderHall.Grains.Contracts.Rules;

/// <summary>The gate: no downstream statutory procedure for a government-investment or procurement project that did not trade in the centre.</summary>
public static partial class RuleCatalogue
{
    private const string GateSource = "Seed: government investment and procurement trade in the centre (建筑法 8, BLR 7)";

    private static IEnumerable<Rule> Gate() =>
    [
        new("GATE-NO-CERTIFICATE", GateSource, RuleKind.Forbidden,
            "Project {project} presents no trade certificate and has no exemption: a government-investment or procurement project gets this procedure only after trading in the centre. Attach the certificate of its tender (GET /api/v1/tenders/<tender>/certificate), or ask the provincial government for an exemption.",
            "项目 {project} 未提交交易凭证，也没有豁免：政府投资项目和政府采购项目须在中心完成交易后方可办理本手续。请附上其招标项目的交易凭证（GET /api/v1/tenders/<tender>/certificate），或向省政府申请豁免。"),
        new("GATE-CERTIFICATE-INVALID", GateSource + "; EBM 49 (no forged or altered records)", RuleKind.Forbidden,
            "The trade certificate of project {project} does not verify ({detail}). Present the certificate exactly as the centre issued it (GET /api/v1/tenders/<tender>/certificate); the attempt was recorded for supervision.",
            "项目 {project} 的交易凭证未通过核验（{detail}）。请提交中心出具的原始交易凭证（GET /api/v1/tenders/<tender>/certificate）；本次提交已记录并报送电子监察。"),
        new("GATE-CERTIFICATE-PROJECT", GateSource, RuleKind.Forbidden,
            "The trade certificate is for project {certified}, not project {project}. Present the certificate of a tender of project {project}.",
            "该交易凭证属于项目 {certified}，不是项目 {project}。请提交项目 {project} 的招标交易凭证。"),
        new("GATE-RATE", "Platform security policy (gate check limits)", RuleKind.TooManyRequests,
            "Too many gate checks, or too many refused ones, by this caller; its gate checks are paused. Try again in {seconds} seconds.",
            "该调用方的交易凭证核验次数或未通过次数过多，已暂停核验，请在 {seconds} 秒后重试。"),
        new("GATE-EXEMPTION-APPROVER", GateSource, RuleKind.Forbidden,
            "Only the provincial government approves exemptions from the gate.",
            "只有省政府可以批准豁免进场交易。"),
        new("GATE-EXEMPTION-EXISTS", GateSource, RuleKind.Conflict,
            "Project {project} was already exempted under {document}; nothing was changed.",
            "项目 {project} 已依 {document} 批准豁免，未作任何更改。"),
        new("GATE-EXEMPTION-NONE", GateSource, RuleKind.NotFound,
            "Project {project} has no exemption from the gate.",
            "项目 {project} 没有豁免进场交易的批准。"),
    ];
}
