using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the agency's pages (代理机构工作台): sign-in, projects, scheduling, publication, clarifications, objections, termination, fees.</summary>
public sealed partial class PortalText
{
    public string AgencyNav => S("代理机构", "Agencies' desk");
    public string AgencyHomeTitle => S("代理机构工作台", "Agency desk");
    public string AgencyBackHome => S("返回代理机构工作台", "Back to the agency desk");
    public string AgencyErrorsTitle => S("请先处理以下问题", "There is a problem");

    /// <summary>The <c>lang</c> value the scripts put on links (null when the language came from the browser).</summary>
    public string? AgencyLang => Language.FromQuery ? Language.QueryValue : null;

    /// <summary>What every agency page's script needs: the words of its problems and clocks.</summary>
    public object AgencyCommon => new
    {
        required = S("请填写“{label}”。", "Enter “{label}”."),
        amount = S("“{label}”请填写以元为单位的金额，最多两位小数。", "Enter “{label}” in yuan, with at most two decimals."),
        network = S("网络连接中断，请稍后重试。", "The connection was lost; try again."),
        error = S("出错", "Error"),
        overdue = S("已逾期", "overdue"),
        left = S("剩余 {n} 天", "{n} days left"),
        agencyOnly = S("此页面供招标代理机构使用，请使用代理机构经办人账号登录。", "This page is for tendering agencies: sign in with an agency clerk's account."),
    };

    // --- Sign-in ---
    public string AgencySignInTitle => S("代理机构登录", "Agency sign-in");
    public string AgencySignInIntro => S("使用交易中心为您开立的经办人账号和密码登录。", "Sign in with the clerk's account and password the centre opened for you.");
    public string AgencyUserName => S("用户名", "User name");
    public string AgencyPassword => S("密码", "Password");
    public string AgencySignInButton => S("登录", "Sign in");
    public string AgencySignInSession => S("登录凭据只保存在本标签页，关闭标签页即失效；登录过期时，正在填写的表单会保留，重新登录后继续。",
        "The sign-in is kept in this tab only and ends when it closes; when it expires, a form being filled in is kept and comes back after you sign in again.");
    public string AgencySignedIn => S("已登录，正在返回…", "Signed in; going back…");

    // --- Home ---
    public string AgencySignedInAs => S("当前登录：", "Signed in as");
    public string AgencySignOut => S("退出登录", "Sign out");
    public string AgencyTasks => S("办理事项", "Tasks");
    public string AgencyTendersHeading => S("招标项目", "Tenders");
    public string AgencyTendersCaption => S("本机构承办的招标项目（北京时间）", "Tenders your agency runs (Beijing time)");
    public string AgencyTender => S("招标项目", "Tender");
    public string AgencyProject => S("项目", "Project");
    public string AgencyState => S("状态", "State");
    public string AgencyNextDeadline => S("下一个时间节点", "Next deadline");
    public string AgencyNoTenders => S("本机构尚无招标项目。", "Your agency runs no tender yet.");
    public string AgencyProjectsHeading => S("登记的项目", "Registered projects");
    public string AgencyProjectsCaption => S("本机构登记的项目及其核准的招标方案", "Projects your agency registered, with their approved tender schemes");
    public string AgencyNoProjects => S("本机构尚未登记项目。", "Your agency has registered no project yet.");
    public string AgencyApproval => S("招标方案核准", "Scheme approval");

    /// <summary>The next deadline of a tender, by the schedule field it comes from.</summary>
    public object AgencyNextNames => new
    {
        saleStart = S("文件发售开始", "Sale opens"),
        saleEnd = S("文件发售截止", "Sale closes"),
        objectionCutoff = S("异议截止", "Objections close"),
        clarificationCutoff = S("澄清不顺延截止", "Clarifications without moving the deadline close"),
        bidDeadline = S("投标截止（开标）", "Bid deadline (opening)"),
    };

    /// <summary>The links of the home page's task column.</summary>
    public object AgencyTaskNames => new
    {
        publish = S("上传文件并发布", "Upload and publish"),
        clarify = S("澄清或修改", "Clarify or amend"),
        objections = S("异议答复", "Objections"),
        terminate = S("终止招标", "Terminate"),
        opening = S("开标大厅", "Opening hall"),
        @public = S("公告页", "Public page"),
        schedule = S("登记招标项目", "Register a tender"),
    };

    public object AgencyRegimeNames => Enum.GetValues<LegalRegime>().ToDictionary(r => r.ToString(), Of);

    public object AgencyMethodNames => Enum.GetValues<ProcurementMethod>().ToDictionary(m => m.ToString(), AgencyOf);

    public object AgencyOrganisationNames => Enum.GetValues<TenderOrganisation>().ToDictionary(o => o.ToString(), AgencyOf);

    public object AgencyPurposeNames => Enum.GetValues<FeePurpose>().ToDictionary(p => p.ToString(), p => p switch
    {
        FeePurpose.DocumentFee => S("招标文件费", "Document fees"),
        FeePurpose.BidDeposit => S("投标保证金", "Bid deposits"),
        _ => S("行政许可收费", "Licensing fees"),
    });

    public string AgencyOf(ProjectType type) => type switch
    {
        ProjectType.Works => S("工程", "Works"),
        ProjectType.Goods => S("货物", "Goods"),
        _ => S("服务", "Services"),
    };

    public string AgencyOf(ProcurementMethod method) => method == ProcurementMethod.Open ? S("公开招标", "Open tendering") : S("邀请招标", "Invited tendering");

    public string AgencyOf(TenderOrganisation organisation) =>
        organisation == TenderOrganisation.Agency ? S("委托招标（代理机构）", "Through an agency") : S("自行招标", "Self-run");

    // --- Register a project ---
    public string AgencyRegisterProjectTitle => S("登记项目", "Register a project");
    public string AgencyRegisterProjectIntro => S("按核准的招标方案登记项目（招标投标法实施条例第七条）。之后登记的每个招标项目都须与该方案的招标范围、招标方式和组织形式一致。",
        "Register the project with its approved tender scheme (BLR 7). Every tender registered for it must then match the scheme's scope, method and organisation.");
    public string AgencyProjectLegend => S("项目", "Project");
    public string AgencyProjectCode => S("项目代码", "Project code");
    public string AgencyProjectCodeHint => S("全国投资项目在线审批监管平台代码，例如 2026-460000-48-01-000123", "The national investment-project code, e.g. 2026-460000-48-01-000123");
    public string AgencyProjectName => S("项目名称", "Project name");
    public string AgencyTenderee => S("招标人", "Tenderee");
    public string AgencyProjectType => S("项目类别", "Type");
    public string AgencyRegime => S("适用法律", "Law");
    public string AgencyEstimatedValue => S("项目估算金额", "Estimated value");
    public string AgencyYuanHint => S("单位：元", "In yuan");
    public string AgencyStateFunded => S("使用国有资金（国有资金占控股或主导地位的，排名第一的中标候选人为中标人，条例第五十五条）",
        "Paid by state funds (the first-ranked candidate then wins, BLR 55)");
    public string AgencySchemeLegend => S("核准的招标方案", "Approved tender scheme");
    public string AgencySchemeHint => S("按项目审批、核准部门核准的内容填写。", "As the approving department approved it.");
    public string AgencyScope => S("招标范围（标段）", "Scope (lots)");
    public string AgencyScopeHint => S("每行一个标段", "One lot a line");
    public string AgencyMethod => S("招标方式", "Method");
    public string AgencyOrganisation => S("招标组织形式", "Organisation");
    public string AgencyApprovedBy => S("核准部门", "Approving department");
    public string AgencyApprovedByHint => S("部门编号，例如 dept-drc", "The department's id, e.g. dept-drc");
    public string AgencyApprovalNumber => S("核准文号", "Approval number");
    public string AgencyRegisterProjectButton => S("登记项目", "Register the project");
    public string AgencyProjectRegistered => S("项目 {code} 已登记。", "Project {code} is registered.");

    // --- Schedule a tender ---
    public string AgencyScheduleTitle => S("登记招标项目并安排时间", "Register and schedule a tender");
    public string AgencyScheduleIntro => S("登记招标项目（进场登记），并安排文件发售和投标截止时间。输入时间时，平台的法定期限计算会即时给出最早的合法时间及其依据（条文和天数），节假日和调休上班日已计入。",
        "Register the tender with the centre and plan its sale and bid deadline. As you type the dates, the platform's deadline engine shows the earliest legal dates and why (the article and the day count), holidays and make-up working days included.");
    public string AgencyTenderLegend => S("招标项目", "Tender");
    public string AgencyChooseProject => S("请选择项目", "Choose a project");
    public string AgencyLot => S("标段", "Lot");
    public string AgencyLotHint => S("核准招标范围内的标段", "A lot of the approved scope");
    public string AgencyTitle => S("招标项目名称（公告标题）", "Tender title (as announced)");
    public string AgencyEstimatedPrice => S("标段估算价", "Estimated price of the lot");
    public string AgencyDeposit => S("投标保证金", "Bid deposit");
    public string AgencyDepositHint => S("元；不得超过估算价的 2%（条例第二十六条）", "Yuan; at most 2 % of the estimated price (BLR 26)");
    public string AgencyDocumentFee => S("招标文件售价", "Price of the documents");
    public string AgencyDocumentFeeHint => S("元；仅限印刷、邮寄成本（条例第十六条）", "Yuan; printing and mailing cost only (BLR 16)");
    public string AgencyScheduleButton => S("登记招标项目，下一步上传文件", "Register the tender and go on to the documents");
    public string AgencyTenderRegistered => S("招标项目 {id} 已登记。", "Tender {id} is registered.");
    public string AgencyScheduleLegend => S("时间安排（北京时间）", "Schedule (Beijing time)");
    public string AgencyScheduleHint => S("以下时间均为北京时间。发布时平台会按同一规则再次核验。", "All times are Beijing time. The platform checks them again by the same rules when you publish.");
    public string AgencySaleStart => S("文件发售开始", "Sale opens");
    public string AgencySaleStartHint => S("留空则自公告发布时起发售", "Leave empty to open the sale when the announcement is published");
    public string AgencySaleEnd => S("文件发售截止", "Sale closes");
    public string AgencyBidDeadline => S("投标截止时间（即开标时间）", "Bid deadline (the opening time)");
    public string AgencyBidDeadlineHint => S("开标在投标截止时间公开进行（招标投标法第三十四条）", "The opening is held in public at the bid deadline (BL 34)");
    public string AgencyUseEarliest => S("采用最早的合法时间", "Use the earliest legal dates");
    public string AgencyLimitsCaption => S("最早的合法时间及依据", "The earliest legal dates, and why");
    public string AgencyLimitWhat => S("事项", "What");
    public string AgencyLimitWhen => S("时间（北京时间）", "When (Beijing time)");
    public string AgencyLimitRule => S("依据", "Rule");
    public string AgencyLimitPeriod => S("法定期限", "Statutory period");
    public string AgencyNoticeDaysCaption => S("期间内的节假日和调休上班日（国务院办公厅通知）", "Holidays and make-up working days in between (State Council notice)");
    public string AgencyNoticeDaysNone => S("期间内没有节假日安排。", "No holiday arrangement falls in between.");
    public string AgencyDate => S("日期", "Date");
    public string AgencyDayKind => S("安排", "Arrangement");

    /// <summary>The schedule preview's words: day counts as the law writes them, what each limit limits, the notice days.</summary>
    public object AgencyScheduleText => new
    {
        units = new { CalendarDays = S("{n}日（日历日）", "{n} calendar days"), WorkingDays = S("{n}个工作日", "{n} working days") },
        hours = S("交易中心工作日开标时段", "the centre's opening hours on a working day"),
        hoursLimit = S("开标时间（工作日开标时段内）", "Opening time (within opening hours on a working day)"),
        limits = new
        {
            saleEnd = S("文件发售截止，不早于", "Sale may close from"),
            bidDeadline = S("投标截止时间，不早于", "Bid deadline from"),
            objection = S("对招标文件提出异议，截止于", "Objections to the documents until"),
            clarification = S("澄清或修改不顺延投标截止时间，须发布于此前", "A clarification leaves the deadline in place if published before"),
        },
        days = new { Holiday = S("法定节假日（放假）", "Public holiday (day off)"), MakeUpWorkday = S("调休上班日（计为工作日）", "Make-up working day (counts as a working day)") },
    };

    // --- Publish ---
    public string AgencyPublishTitle => S("上传招标文件并发布公告", "Upload the documents and publish");
    public string AgencyDocumentsLegend => S("招标文件", "Tender documents");
    public string AgencyDocumentsFile => S("招标文件", "Documents file");
    public string AgencyDocumentsHint => S("上传后以 SHA-256 摘要标识，发布后不可更改，只能通过澄清或修改发布新版本", "Named by its SHA-256 once uploaded; after publication it changes only by an amendment, as a new version");
    public string AgencyUpload => S("上传", "Upload");
    public string AgencyUploadProgress => S("上传进度", "Upload progress");
    public string AgencyUploadFirst => S("请选择并上传招标文件。", "Choose the documents file and upload it.");
    public string AgencyUploaded => S("已上传 {name}（{size} 字节），SHA-256：{sha}", "Uploaded {name} ({size} bytes), SHA-256: {sha}");
    public string AgencyVersionsCaption => S("已发布的文件版本", "Published document versions");
    public string AgencyVersion => S("版本", "Version");
    public string AgencySize => S("大小（字节）", "Size (bytes)");
    public string AgencyPublishedAt => S("发布时间", "Published");
    public string AgencyNote => S("说明", "Note");
    public string AgencyAnnouncementLegend => S("招标公告", "Announcement");
    public string AgencyAnnouncement => S("公告正文", "Announcement text");
    public string AgencyCustodyLegend => S("开标密钥保管", "Custody of the opening key");
    public string AgencyCustodyHint => S("开标密钥分成若干份，由各保管单位分别持有，达到门限份数方可解密投标文件（电子招标投标办法第二十七条）。每个保管单位须已登记相应算法的加密公钥。",
        "The opening key is split into shares held by the custodians; the threshold of shares opens the bids (EBM 27). Each custodian needs a registered encryption key of the suite.");
    public string AgencyCustodians => S("保管单位", "Custodians");
    public string AgencyCustodiansHint => S("单位编号，每行一个或以逗号分隔", "Organisation ids, one a line or comma separated");
    public string AgencyThreshold => S("解密门限（份数，至少 2）", "Threshold (shares, at least 2)");
    public string AgencySuite => S("密码算法", "Cipher suite");
    public string AgencySuiteInternational => S("国际算法（ECDH P-256、AES-256-GCM）", "International (ECDH P-256, AES-256-GCM)");
    public string AgencySuiteGm => S("国密算法（SM2、SM4-GCM）", "GM (SM2, SM4-GCM)");
    public string AgencyPolicy => S("解密方式", "Opening policy");
    public string AgencyPolicyOpeningKey => S("保管单位达到门限即可解密", "The custodians' threshold opens the bids");
    public string AgencyPolicyBidderAndQuorum => S("另需投标人本人解密其投标", "Each bidder must also open its own bid");
    public string AgencyPublishButton => S("发布公告", "Publish the announcement");
    public string AgencyPublished => S("公告已发布，投标截止时间（北京时间）{deadline}。", "The announcement is published; bids close {deadline} (Beijing time).");
    public string AgencyPublicPage => S("公告页", "Public page");
    public string AgencyOpeningHall => S("开标大厅", "Opening hall");

    /// <summary>The tender summary's words.</summary>
    public object AgencySummaryText => new
    {
        unscheduled = S("尚未发布", "Not yet published"),
        statuses = Enum.GetValues<TenderStatus>().ToDictionary(s => s.ToString(), Of),
    };

    // --- Clarify or amend ---
    public string AgencyClarifyTitle => S("澄清或修改招标文件", "Clarify or amend the documents");
    public string AgencyClarifyIntro => S("答复潜在投标人的疑问，或修改招标文件。澄清或修改发给所有获取招标文件的人，不显示提问人；距投标截止时间不足15日的，投标截止时间相应顺延（招标投标法第二十三条）。",
        "Answer the questions, or amend the documents. The clarification goes to everyone who obtained the documents and never names who asked; less than 15 days before the deadline, it moves the deadline (BL 23).");
    public string AgencyQuestionsCaption => S("收到的疑问（不显示提问人）", "Questions received (who asked is never shown)");
    public string AgencyAnswerIt => S("本次答复", "Answer");
    public string AgencyQuestion => S("疑问", "Question");
    public string AgencyAskedAt => S("提出时间", "Asked");
    public string AgencyAnsweredBy => S("已答复", "Answered by");
    public string AgencyNoQuestions => S("尚未收到疑问。", "No questions yet.");
    public string AgencyClarificationText => S("澄清或修改内容", "Clarification text");
    public string AgencyAmendmentLegend => S("修改后的招标文件（可选）", "Amended documents (optional)");
    public string AgencyAmendmentHint => S("选择文件则发布新的文件版本。", "A file chosen here is published as a new version of the documents.");
    public string AgencyAmendmentFile => S("修改后的文件", "Amended documents file");
    public string AgencyAmendmentNote => S("修改说明", "What the amendment changes");
    public string AgencyCheckEffect => S("检查对投标截止时间的影响", "Check the effect on the bid deadline");
    public string AgencyEffectHeading => S("发布前请确认", "Check before you publish");
    public string AgencyConfirmClarify => S("确认并发布", "Confirm and publish");
    public string AgencyClarificationsCaption => S("已发布的澄清和修改", "Published clarifications and amendments");
    public string AgencyMovedTo => S("投标截止顺延至", "Deadline moved to");

    /// <summary>The clarification page's sentences.</summary>
    public object AgencyClarifyText => new
    {
        choose = S("答复第 {n} 号疑问", "Answer question {n}"),
        answeredBy = S("第 {n} 号澄清", "Clarification {n}"),
        stays = S("现在发布：投标截止时间保持为 {deadline}（北京时间）。", "Published now, the bid deadline stays {deadline} (Beijing time)."),
        moves = S("现在发布：距投标截止时间 {from} 不足15日，投标截止时间将顺延至 {to}（北京时间）。", "Published now, it comes less than 15 days before the deadline {from}: the deadline moves to {to} (Beijing time)."),
        rule = S("依据 {rule}：澄清或修改须在投标截止时间至少 {period}前发出，即北京时间 {cutoff} 前。", "By {rule}: a clarification must go out at least {period} before the deadline, that is before {cutoff} (Beijing time)."),
        published = S("第 {n} 号澄清已发布。", "Clarification {n} is published."),
        publishedMoved = S("第 {n} 号澄清已发布，投标截止时间顺延至 {to}（北京时间）。", "Clarification {n} is published; the bid deadline moved to {to} (Beijing time)."),
    };

    // --- Objections ---
    public string AgencyObjectionsTitle => S("异议答复", "Answer objections");
    public string AgencyObjectionsIntro => S("对招标文件的异议应自收到之日起3日内答复，答复前暂停招标投标活动（条例第二十二条）；政府采购质疑在7个工作日内答复（政府采购法第五十三条）。页面不显示异议人。",
        "Objections to the documents are answered within 3 days of receipt, the tender paused until then (BLR 22); a procurement challenge within 7 working days (GPL 53). The objector is not shown.");
    public string AgencyObjectionsCaption => S("异议及答复期限（北京时间）", "Objections and their answer clocks (Beijing time)");
    public string AgencyObjectionText => S("异议内容", "Objection");
    public string AgencyRaisedAt => S("提出时间", "Raised");
    public string AgencyAnswerDue => S("答复期限", "Answer due");
    public string AgencyNoObjections => S("尚未收到异议。", "No objections.");
    public string AgencyObjectionAnswer => S("答复内容", "Answer");
    public string AgencyAnswerButton => S("发送答复", "Send the answer");
    public string AgencyInterestNote => S("审查意见（告知异议人）", "Review note (told to the objector)");
    public string AgencyAcceptInterest => S("认可为利害关系人", "Accept as an interested party");
    public string AgencyRejectInterest => S("不属于利害关系人，关闭异议", "Not an interested party: close the objection");

    /// <summary>The objection page's sentences.</summary>
    public object AgencyObjectionsText => new
    {
        open = S("待答复", "To answer"),
        review = S("待审查利害关系", "Interest to review"),
        answered = S("已答复", "Answered"),
        done = S("已于", "answered"),
        act = S("处理 {id}", "Handle {id}"),
        heading = S("异议 {id}", "Objection {id}"),
        ground = S("异议人陈述的利害关系：{ground}", "The interest the objector states: {ground}"),
        answeredStatus = S("异议 {id} 已答复。", "Objection {id} is answered."),
        accepted = S("已认可异议 {id} 的利害关系，请答复。", "The interest of objection {id} is accepted; answer it now."),
        rejected = S("异议 {id} 已关闭。", "Objection {id} is closed."),
    };

    // --- Terminate ---
    public string AgencyTerminateTitle => S("终止招标", "Terminate the tender");
    public string AgencyTerminateIntro => S("终止后，已收取的招标文件费和投标保证金（含同期存款利息）依法退还，已获取文件的潜在投标人会收到通知（条例第三十一条）。终止不可撤销。",
        "Once terminated, document fees and deposits already collected are refunded, deposits with interest, and everyone who obtained the documents is told (BLR 31). It cannot be undone.");
    public string AgencyTerminateReason => S("终止原因", "Reason");
    public string AgencyTerminateReasonHint => S("将公开并通知潜在投标人", "Published and sent to the potential bidders");
    public string AgencyTerminateUnderstood => S("我确认终止本招标项目，并了解终止不可撤销。", "I confirm the termination and understand it cannot be undone.");
    public string AgencyTerminateButton => S("终止招标", "Terminate the tender");
    public string AgencyTerminated => S("招标项目已终止，费用将依法退还。", "The tender is terminated; fees will be refunded.");

    // --- Fees ---
    public string AgencyFeesTitle => S("收费台账", "Fee ledger");
    public string AgencyFeesIntro => S("本机构招标项目的收费和退费合计，不显示缴费人。投标截止前不显示（招标投标法第二十二条：不得透露获取招标文件的潜在投标人的名称、数量）。",
        "What your tenders collected and refunded, in sums, without naming payers. Nothing is shown before a tender's bid deadline (BL 22: who and how many obtained the documents stays secret).");
    public string AgencyFeesCaption => S("按招标项目和收费项目汇总（元）", "Per tender and purpose (yuan)");
    public string AgencyFeePurpose => S("收费项目", "Purpose");
    public string AgencyPaidOrders => S("已缴笔数", "Paid orders");
    public string AgencyCollected => S("收取", "Collected");
    public string AgencyRefunded => S("退还本金", "Refunded");
    public string AgencyInterest => S("退还利息", "Interest paid");
    public string AgencyHeld => S("结余", "Held");
    public string AgencyTotal => S("合计", "Total");
    public string AgencyNoFees => S("没有已缴费用", "Nothing paid");
}
