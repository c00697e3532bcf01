using TenderHall.Grains.Contracts.Evaluation;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the evaluation pages: the expert's room, the agency's administration, the supervisor's watch, the bidder's clarifications.</summary>
public sealed partial class PortalText
{
    public string EvaluationRoomTitle => S("评标室", "Evaluation room");
    public string EvaluationAdminTitle => S("评标组织管理", "Evaluation administration");
    public string EvaluationWatchTitle => S("评标监督", "Evaluation watch");
    public string EvaluationClarificationsTitle => S("评标澄清答复", "Clarifications to answer");
    public string EvaluationSecret => S("评标委员会名单在中标结果确定前保密（《招标投标法》第三十七条）；评标室只显示本项目的投标文件。", "The committee stays confidential until the result (BL 37); the room shows this tender's bids only.");
    public string SigningKeySpki => S("签名公钥（SubjectPublicKeyInfo，Base64；私钥留在本人签名工具中）", "Signing public key (SubjectPublicKeyInfo, base64; the private key stays in your signing tool)");
    public string OpenedBids => S("投标文件", "Bids");
    public string ReadBids => S("查阅投标文件", "Read the bids");
    public string Download => S("下载", "Download");
    public string ReviewTitle => S("资格和符合性审查", "Qualification and compliance review");
    public string ReviewLines => S("不符合项（每行：投标人编号 | 审查项 | 理由 | 依据条款；未列出的均为符合）", "Failures (one per line: bidder id | criterion | reason | article; everything not listed passes)");
    public string SubmitReview => S("提交审查意见", "Submit the review");
    public string ScoringTitle => S("详细评审打分", "Detailed scoring");
    public string Technical => S("技术分", "Technical");
    public string Commercial => S("商务分", "Commercial");
    public string Adjustment => S("价格调整额（元）", "Adjustment (CNY)");
    public string SubmitScores => S("提交评分（提交后不可修改）", "Submit the scores (final)");
    public string ShowScores => S("查看全部评分（须先提交本人评分）", "Show all scores (after submitting your own)");
    public string ClarificationTitle => S("澄清请求", "Clarification request");
    public string Question => S("澄清问题（不得改变投标文件实质性内容）", "Question (the answer may not change the substance of the bid)");
    public string Hours => S("时限（小时）", "Hours");
    public string Ask => S("发送", "Send");
    public string Answer => S("答复", "Answer");
    public string ExtensionTitle => S("申请延长评标时间（超过三分之一成员申请即延长）", "Ask for more time (granted when more than a third ask)");
    public string AskExtension => S("申请延长", "Ask for more time");
    public string ReportTitle => S("评标报告", "Evaluation report");
    public string RenderReport => S("生成评标报告", "Render the report");
    public string ReportPdf => S("评标报告（PDF）", "Evaluation report (PDF)");
    public string PrepareSignature => S("准备签署", "Prepare my signature");
    public string SignReport => S("签署评标报告", "Sign the report");
    public string Candidates => S("中标候选人", "Candidates");
    public string Rank => S("排名", "Rank");
    public string Score => S("得分/评标价", "Score / evaluated price");
    public string Rejections => S("否决投标", "Rejected bids");
    public string Progress => S("进度（审查/评分/签署）", "Progress (review / scores / signature)");
    public string OpenEvaluation => S("开始评标", "Open the evaluation");
    public string Remark => S("监督意见", "Remark");
    public string AddRemark => S("记录", "Record");
    public string AddRecordings => S("登记录音录像", "Lodge recordings");
    public string Due => S("评标截止（北京时间）", "Closes (Beijing time)");

    /// <summary>An evaluation status in the page's language.</summary>
    public string Of(EvaluationStatus status) => status switch
    {
        EvaluationStatus.NotOpened => S("未开始", "Not opened"),
        EvaluationStatus.Review => S("资格和符合性审查", "Review"),
        EvaluationStatus.Scoring => S("详细评审", "Scoring"),
        EvaluationStatus.Reporting => S("评标报告签署", "Report signing"),
        _ => S("评标报告已签署", "Report signed"),
    };
}
