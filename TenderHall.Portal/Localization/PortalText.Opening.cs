namespace TenderHall.Portal.Localization;

/// <summary>The strings of the opening hall (不见面开标大厅).</summary>
public sealed partial class PortalText
{
    public string OpeningHall => S("不见面开标大厅", "Online opening hall");
    public string OpeningHallLink => S("进入开标大厅（实时）", "Enter the opening hall (live)");
    public string OpensAt => S("开标时间（投标截止时间）", "Opens at (the bid deadline)");
    public string NotYetOpen => S("投标截止后在此实时开标：递交投标文件的投标人、解密进度、投标人名称与报价将实时公布。", "The opening takes place here at the deadline: who submitted, decryption progress, then names and prices appear live.");
    public string Supervisors => S("监督人员签到", "Supervisors checked in");
    public string NoSupervisors => S("尚无监督人员签到；监督人员签到后方可提交密钥分片。", "No supervisor has checked in yet; key shares are accepted only after one has.");
    public string KeyShares => S("密钥分片", "Key shares");
    public string SharesOf(int received, int threshold) => S($"已收到 {received} 份，需 {threshold} 份", $"{received} received, {threshold} needed");
    public string QualityCommitment => S("质量承诺", "Quality commitment");
    public string DepositStatus => S("保证金", "Deposit");
    public string Response => S("确认/异议", "Confirmation / objection");
    public string Confirmed => S("确认", "Confirmed");
    public string NoResponse => S("未表态", "No answer yet");
    public string ObjectionAnswered(string objection, string? answer) =>
        S($"异议：{objection}；答复：{answer ?? "待答复"}", $"Objection: {objection}; answer: {answer ?? "pending"}");
    public string RecordPdf => S("开标记录表（PDF）", "Opening record (PDF)");
    public string SignedByPlatform => S("已由平台签章", "signed by the platform");
    public string SignedBySupervisor => S("已由平台和监督人员签章", "signed by the platform and the supervisor");
    public string SessionNotes => S("监督人员记录", "Supervisor's notes");
    public string LiveFeed => S("实时动态", "Live feed");
    public string FeedConnecting => S("正在连接实时动态……", "Connecting to the live feed…");
    public string FeedLive => S("实时连接中", "Live");
    public string FeedReconnecting => S("连接中断，正在重连……", "Disconnected, reconnecting…");

    /// <summary>Labels of the live feed's event types, for the page's script.</summary>
    public IReadOnlyDictionary<string, string> FeedLabels => new Dictionary<string, string>
    {
        ["opening.started"] = S("开标开始", "Opening started"),
        ["opening.check-in"] = S("监督人员签到", "Supervisor checked in"),
        ["opening.share-received"] = S("收到密钥分片", "Key share received"),
        ["opening.key-rebuilt"] = S("开标密钥已恢复，开始解密", "Opening key rebuilt, decrypting"),
        ["opening.bid-decrypted"] = S("投标文件已解密", "Bid decrypted"),
        ["opening.record-published"] = S("开标记录已公布", "Record published"),
        ["opening.confirmed"] = S("投标人确认", "Bidder confirmed"),
        ["opening.objected"] = S("投标人提出异议", "Bidder objected"),
        ["opening.objection-answered"] = S("异议已答复", "Objection answered"),
        ["opening.record-signed"] = S("开标记录已签章", "Record signed"),
        ["opening.closed"] = S("开标结束", "Session closed"),
    };
}
