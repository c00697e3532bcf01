namespace TenderHall.Portal.Localization;

/// <summary>The strings of the public candidate publicity and result page (BLR 54, BL 45).</summary>
public sealed partial class PortalText
{
    public string ResultTitle => S("中标候选人公示及中标结果", "Candidates and result");
    public string ResultLink => S("中标候选人公示及中标结果", "Candidates and result");
    public string NoResultYet => S("评标结束后在此公示中标候选人。", "The candidates are published here once the evaluation is over.");
    public string PublicityPeriod => S("公示期", "Publicity period");
    public string PublicityNote => S("公示期不得少于3日（招标投标法实施条例第五十四条）；投标人对评标结果有异议的，应当在公示期间提出，异议答复前暂停招标投标活动。",
        "The publicity lasts at least 3 days (BLR 54); bidders object to the result during it, and the tender pauses until the objection is answered.");
    public string RejectionReason => S("否决理由", "Reason");
    public string Basis => S("依据", "Basis");
    public string Winner => S("中标人", "Winner");
    public string AwardReason => S("确定理由", "Reason");
    public string AwardNotice => S("中标结果通知书（PDF，平台签章）", "Result notice (PDF, signed by the platform)");
    public string ContractSigned => S("合同签订", "Contract signed");
    public string TradeCertificate => S("交易凭证（可离线验证）", "Trade certificate (verifiable offline)");
    public string DeclinedWinners => S("放弃中标或未提交履约保证金的候选人", "Candidates that gave up or failed the performance bond");
}
