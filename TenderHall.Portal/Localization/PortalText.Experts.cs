using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the expert database and expert draw pages.</summary>
public sealed partial class PortalText
{
    public string ExpertsTitle => S("评标专家库管理", "Expert database");
    public string ExpertsSearch => S("查询专家", "Search experts");
    public string ExpertsText => S("编号、姓名、工作单位或信用代码", "Id, name, employer or credit code");
    public string AnySpecialty => S("全部专业", "All specialties");
    public string AnyStatus => S("全部状态", "All statuses");
    public string Specialty => S("专业", "Specialty");
    public string Employer => S("工作单位", "Employer");
    public string Reason => S("原因", "Reason");
    public string ChangeStatus => S("变更状态", "Change status");
    public string ImportTitle => S("导入专家（CSV 或 XLSX）", "Import experts (CSV or XLSX)");
    public string ImportButton => S("导入", "Import");
    public string ImportApplied => S("已全部导入", "All rows imported");
    public string ImportRejected => S("有被拒绝的行，未导入任何数据", "Rows were rejected; nothing was imported");
    public string Row => S("行", "Row");
    public string Rule => S("规则", "Rule");
    public string ExportCsv => S("导出 CSV", "Export CSV");
    public string ExportXlsx => S("导出 XLSX", "Export XLSX");
    public string SignInFirst => S("请先登录。", "Sign in first.");

    public string DrawRequestTitle => S("申请抽取评标专家", "Request an expert draw");
    public string TenderId => S("招标项目编号", "Tender id");
    public string EvaluationAt => S("评标时间（北京时间）", "Evaluation (Beijing time)");
    public string CommitteeSize => S("评标委员会人数（≥5 的单数）", "Committee size (odd, ≥ 5)");
    public string TendereeSeats => S("招标人代表人数（专家不少于 2/3）", "Tenderee representatives (experts ≥ 2/3)");
    public string TendereeCreditCode => S("招标人统一社会信用代码", "Tenderee's credit code");
    public string SeatsSpec => S("各专业席位:备选（如 A01:3:2, B01:1:1）", "Seats:backups per specialty (e.g. A01:3:2, B01:1:1)");
    public string Regions => S("地区限制（区划代码，逗号分隔，可空）", "Region rule (division codes, comma-separated, optional)");
    public string Submit => S("提交", "Submit");

    public string WitnessTitle => S("专家抽取监督", "Witness the expert draw");
    public string Load => S("载入", "Load");
    public string CheckIn => S("签到", "Check in");
    public string CommitContribution => S("生成并承诺随机数", "Generate and commit a random contribution");
    public string RevealContribution => S("揭示随机数并抽取", "Reveal the contribution and draw");
    public string Recordings => S("录音录像（每行：文件名 SHA-256）", "Recordings (one per line: name SHA-256)");
    public string RenderRecord => S("生成抽取记录", "Render the draw record");
    public string PrepareCountersign => S("准备会签", "Prepare the countersignature");
    public string SignedAttributes => S("待签名属性（用本单位签名工具签署）", "Signed attributes (sign with your organisation's tool)");
    public string Signature => S("签名（Base64）", "Signature (base64)");
    public string Countersign => S("会签", "Countersign");
    public string AbsentSeat => S("缺席席位（如 A01/2）", "Absent seat (e.g. A01/2)");
    public string MarkAbsent => S("登记缺席", "Record absence");
    public string Ground => S("结果确定依据", "Ground for the result");
    public string RevealResult => S("结果已确定：公开抽取", "Result determined: reveal the draw");
    public string Seat => S("席位", "Seat");
    public string Expert => S("专家", "Expert");

    public string MyDrawsTitle => S("我的抽取通知", "My draw notices");
    public string NoDraws => S("暂无抽取通知。", "No draw notices.");
    public string SignDeclaration => S("本人已阅读并签署上述无利害关系声明", "I have read and sign the declaration above");
    public string Confirm => S("确认参加", "Confirm");
    public string Decline => S("拒绝", "Decline");
    public string RespondBy => S("答复期限", "Answer by");

    public string DrawTitle => S("专家抽取公示与复核", "Expert draw: publication and re-check");
    public string DrawSealed => S("中标结果确定前，评标委员会名单保密（《招标投标法》第三十七条）。以下为已记入透明日志的抽取步骤。", "Until the result is determined the committee is confidential (BL 37). These are the draw's steps as logged.");
    public string Commitment => S("承诺", "Commitment");
    public string Anchor => S("日志锚点", "Log anchor");
    public string Seed => S("种子", "Seed");
    public string Committee => S("评标委员会", "Committee");
    public string DownloadDocument => S("下载抽取文件（JSON）", "Download the draw document (JSON)");
    public string RecheckInBrowser => S("在浏览器中一键复核", "Re-check in this browser");
    public string RecheckScope => S(
        "本页自带的脚本（不连接任何外部站点）在您的浏览器中重算全部步骤：抽取文件中的日志公钥和 VRF 公钥与平台公布的一致；专家库快照哈希；承诺；日志检查点的 Ed25519 签名与承诺条目的包含证明；监督人员随机数；种子；VRF 输入；ECVRF 证明（RFC 9381）；各专业的抽取顺序；被点名专家的身份；递补与补充抽取；评标委员会。",
        "The page's own script (nothing from any other site) re-computes every step in your browser: the document's log and VRF keys are the ones the platform publishes; the pool hash; the commitment; the log checkpoint's Ed25519 signature and the commit entry's inclusion; the supervisor's contribution; the seed; the VRF input; the ECVRF proof (RFC 9381); each specialty's draw order; the named experts' identities; replacements and supplementary draws; the committee.");
    public string RecheckLimits => S(
        "浏览器不核对的：这些公钥是否确为中心公告的密钥（本页与文件来自同一平台，请与中心公告比对，或用下面的命令行工具以 --key 固定日志公钥）；该检查点与您此前见过的检查点是否一致（tenderhall-verify verify-consistency）。",
        "Not checked in the browser: that these keys are the ones the centre announced (the page and the document come from the same platform: compare them with the announcement, or pin the log key with --key in the command-line verifier below); that this checkpoint is consistent with checkpoints you saw before (tenderhall-verify verify-consistency).");
    public string RecheckStep => S("步骤", "Step");
    public string RecheckOutcome => S("结果", "Result");
    public string RecheckRunning => S("正在复核……", "Re-checking…");
    public string RecheckPassed => S("复核通过：每一步重算的结果都与公布的一致。", "VERIFIED: every step re-computes to what was published.");
    public string RecheckFailed => S("复核未通过，不一致的步骤：", "NOT VERIFIED at step:");
    public string RecheckHow => S("用开源验证工具在本机复核全部步骤：", "Re-check every step on your own machine with the open verifier:");

    /// <summary>A seat's status in the page's language.</summary>
    public string Of(SeatStatus status) => status switch
    {
        SeatStatus.Notified => S("已通知", "Notified"),
        SeatStatus.Confirmed => S("已确认", "Confirmed"),
        SeatStatus.Declined => S("拒绝", "Declined"),
        SeatStatus.NoAnswer => S("逾期未答复", "No answer"),
        _ => S("缺席", "Absent"),
    };

    /// <summary>A draw's status in the page's language.</summary>
    public string Of(DrawStatus status) => status switch
    {
        DrawStatus.AwaitingWitness => S("待监督人员签到", "Awaiting the witness"),
        DrawStatus.AwaitingContribution => S("待监督人员揭示随机数", "Awaiting the contribution"),
        DrawStatus.Sealed => S("已抽取，名单保密", "Drawn, list sealed"),
        _ => S("已公开", "Revealed"),
    };
}
