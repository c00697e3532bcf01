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

    public string AwardAdminTitle => S("定标与中标通知", "Award and notices");
    public string AwardAdminLink => S("定标（招标人）", "Award (agency)");
    public string ContractTitle => S("合同签订、书面报告与归档", "Contract, written report and archive");
    public string ContractLink => S("合同签订（招标人、中标人）", "Contract (agency, winner)");
    public string AwardRule => S(
        "国有资金占控股或者主导地位的项目，确定排名第一的中标候选人为中标人；排名第一的中标候选人放弃中标、因不可抗力不能履行合同、不按照招标文件要求提交履约保证金的，可以按照排名依次确定其他中标候选人为中标人（招标投标法实施条例第五十五条）。其他项目选择排名第一以外的候选人须记录理由。",
        "State-funded projects award the first-ranked candidate; when it gives up, cannot perform, or fails to provide the performance bond, the next in rank may be awarded (BLR 55). Other projects may choose another candidate with a recorded reason.");
    public string Standing => S("状态", "Standing");
    public string Choose => S("确定为中标人", "Award");
    public string ChoiceReason => S("确定理由（选择排名第一以外的候选人时必填）", "Reason (required when not choosing the first candidate still standing)");
    public string DeclineTitle => S("中标人放弃中标或未提交履约保证金", "The winner gave up or failed the performance bond");
    public string DeclineButton => S("登记并依次递补", "Record it and move down the ranking");
    public string ResultNotice => S("中标结果通知书（PDF）", "Result notice (PDF)");
    public string WinnerNotice => S("中标通知书（PDF）", "Award notice (PDF)");
    public string DecidedAt => S("定标时间", "Decided");
    public string ContractDue => S("合同签订期限（招标投标法第四十六条：中标通知书发出之日起30日内）", "Contract due (BL 46: 30 days after the notice)");
    public string ReportDue => S("书面报告期限（招标投标法第四十七条：确定中标人之日起15日内）", "Written report due (BL 47: 15 days after the winner)");
    public string ResultObjections => S("对评标结果的异议（招标投标法实施条例第五十四条：3日内答复，答复前暂停）", "Objections to the result (BLR 54: answered within 3 days; the tender pauses until then)");
    public string RaisedAt => S("提出时间", "Raised");
    public string AnswerDue => S("答复期限", "Answer due");
    public string AnswerText => S("答复内容", "Answer");
    public string AnswerButton => S("答复", "Answer");
    public string WinnerMark => S("中标人", "Winner");
    public string DeclinedMark => S("已放弃", "Gave up");
    public string ContractValue => S("合同金额（元）", "Contract value (yuan)");
    public string PerformanceBond => S("履约保证金（元，不超过合同金额10%，实施条例第五十八条）", "Performance bond (yuan, at most 10 % of the value, BLR 58)");
    public string ContractTerms => S("合同主要条款", "Terms");
    public string DraftContract => S("生成合同文本（平台签章）", "Draft the contract (signed by the platform)");
    public string ContractParties => S("合同签署", "Signatures");
    public string SignerOrganization => S("签署单位", "Organisation");
    public string SignerUser => S("签署人", "Signed by");
    public string KeyId => S("密钥编号", "Key id");
    public string SignedAt => S("签署时间", "Signed");
    public string SignContract => S("签署合同", "Sign the contract");
    public string ContractPdf => S("合同（PDF）", "Contract (PDF)");
    public string FileContract => S("报财政部门备案（政府采购，7个工作日内）", "File with the finance department (government procurement, 7 working days)");
    public string FilingDue => S("备案期限", "Filing due");
    public string WrittenReport => S("向行政监督部门提交书面报告", "Written report to supervision");
    public string FileReport => S("生成并提交书面报告", "Generate and file the report");
    public string WrittenReportPdf => S("书面报告（PDF）", "Written report (PDF)");
    public string ArchiveTitle => S("归档与交易凭证", "Archive and trade certificate");
    public string ArchiveButton => S("归档并签发交易凭证", "Archive and issue the trade certificate");
    public string ArchiveZip => S("归档包（ZIP，可离线验证）", "Archive bundle (ZIP, verifiable offline)");
    public string ArchivedAt => S("归档时间", "Archived");
    public string RemainingDays => S("剩余 {n} 天", "{n} days left");
    public string Overdue => S("已逾期", "overdue");
    public string Met => S("已完成", "done");
    public string ErrorTitle => S("操作未完成", "Not done");

    /// <summary>What the award, contract and complaint pages' scripts write next to a deadline, and above a refusal.</summary>
    public object Clocks => new { left = RemainingDays, overdue = Overdue, met = Met, error = ErrorTitle };
}
