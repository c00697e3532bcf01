using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;

namespace TenderHall.Portal.Localization;

/// <summary>
/// The strings of the bidder's pages (documents, questions, objections, guarantee letter, opening line) and of the simulated
/// bank of demos and tests.
/// </summary>
public sealed partial class PortalText
{
    /// <summary>What every bidder's page script needs: where to sign in again, and the error summary's title.</summary>
    public object BidderScriptData => new { signIn = Language.Href("/signin"), errorTitle = ErrorSummaryTitle };

    public string BidderTasks => S("本项目的投标事项", "Your tasks on this tender");

    /// <summary>The bidder's pages about one tender, by their path under <c>/my/tenders/{id}/</c>.</summary>
    public IEnumerable<(string Path, string Label)> BidderTaskLinks =>
    [
        ("documents", BuyDocumentsTitle), ("questions", QuestionsTitle), ("objections", ObjectTitle), ("guarantee", GuaranteeTitle),
        ("bid", S("递交、替换或撤回投标文件", "Submit, replace or withdraw the bid")), ("opening", BidderOpeningTitle),
    ];

    public string OpenToBiddersFilter => S("可参与的项目", "Open to bidders");
    public string OpenToBiddersAll => S("全部公告", "All announcements");
    public string OpenForDocuments => S("正在发售招标文件", "Documents on sale");
    public string OpenForBids => S("正在接受投标", "Taking bids");
    public string BuyDocumentsLink => S("购买招标文件", "Buy the documents");
    public string FindOpenTenders => S("查找正在发售招标文件的项目", "Find tenders whose documents are on sale");

    public string BuyDocumentsTitle => S("购买招标文件", "Buy the tender documents");
    public string BuyDocumentsIntro => S(
        "按公告的售价订购招标文件，到银行付款，付款到账后即可下载。谁购买了招标文件是保密的，不会公开（招标投标法第二十二条）。",
        "Order the documents at the announced price, pay at the bank, and download them once the payment arrives. Who bought the documents is kept secret (BL 22).");
    public string StepOrder => S("第一步：订购", "Step 1: order");
    public string StepPay => S("第二步：付款", "Step 2: pay");
    public string StepDownload => S("第三步：下载", "Step 3: download");
    public string OrderDocuments => S("订购招标文件", "Order the documents");
    public string NoOrder => S("尚未订购。", "Not ordered yet.");
    public string Ordered => S("已生成缴费订单，请到银行付款。", "The fee order is open: pay it at the bank.");
    public string PayIntro => S("付款由指定银行办理；银行到账后向平台发送签名的到账通知，平台核验签名后才确认付款。",
        "The designated bank takes the payment and sends the platform a signed notice; the platform confirms the payment only after checking the bank's signature.");
    public string PayAtBank => S("到银行付款", "Pay at the bank");
    public string PayAtCounter => S("请通过指定银行缴纳，缴费订单号：", "Pay through the designated bank; fee order number:");
    public string RefreshPayment => S("刷新付款状态", "Check the payment again");
    public string PaidReceipt => S("已付款，电子票据号", "Paid; electronic receipt");
    public string DownloadIntro => S("付款确认后可下载；每次下载的时间和地址均被记录。", "Available once the payment is confirmed; every download's time and address are recorded.");
    public string DownloadDocuments => S("下载招标文件", "Download the documents");
    public string Downloaded => S("已下载招标文件", "Downloaded the documents");

    public string Of(FeeOrderStatus status) => status switch
    {
        FeeOrderStatus.AwaitingPayment => S("待付款", "awaiting payment"),
        FeeOrderStatus.Paid => S("已付款", "paid"),
        FeeOrderStatus.Refunded => S("已退款", "refunded"),
        _ => status.ToString(),
    };

    public string QuestionsTitle => S("提出疑问", "Ask about the documents");
    public string QuestionsIntro => S(
        "对招标文件有疑问的，可以在此提出。招标人以澄清答复所有购买了招标文件的投标人，答复中不注明提问人。",
        "Ask here about anything in the documents. The tenderee answers every document holder with a clarification, without naming who asked.");
    public string BidderQuestionText => S("您的疑问", "Your question");
    public string BidderAskButton => S("提交疑问", "Send the question");
    public string QuestionMissing => S("请填写疑问内容", "Enter your question");
    public string QuestionAsked => S("第 {n} 号疑问已提交，答复将以澄清形式发布。", "Question {n} sent; the answer will be published as a clarification.");
    public string BidderClarificationsHeading => S("已发布的澄清", "Published clarifications");
    public string BidderClarificationNumber => S("编号", "No.");
    public string BidderQuestionsAnswered => S("答复的疑问", "Questions answered");
    public string BidderClarificationText => S("澄清内容", "Clarification");
    public string BidderMovedDeadline => S("顺延后的投标截止时间", "Deadline moved to");
    public string BidderNoClarifications => S("暂无澄清。", "No clarifications yet.");

    public string ObjectTitle => S("对招标文件提出异议", "Object to the documents");
    public string ObjectIntro => S(
        "对招标文件有异议的，应当在投标截止时间10日前提出；招标人应当自收到异议之日起3日内作出答复，作出答复前暂停招标投标活动（招标投标法实施条例第二十二条）。政府采购项目的质疑不暂停采购活动。",
        "Objections to the documents come at least 10 days before the bid deadline; the tenderee answers within 3 days and the tender pauses until it does (BLR 22). A government procurement challenge pauses nothing (GPL 57).");
    public string MyObjectionGrounds => S("异议事项和理由", "What you object to, and why");
    public string ObjectionGroundsHint => S("写明所依据的事实、证据及其出处（如招标文件的章节和条款）。", "State the facts and the evidence with where they are found (e.g. the section and clause of the documents).");
    public string InterestGround => S("利害关系（仅未购买招标文件的利害关系人填写）", "Your interest (only if you did not obtain the documents)");
    public string InterestGroundHint => S("说明您与本项目的利害关系；招标人审查后受理。", "Say how the tender concerns you; the tenderee reviews it before taking up the objection.");
    public string ObjectButton => S("提出异议", "Raise the objection");
    public string ObjectionMissing => S("请填写异议事项和理由", "Enter what you object to and why");
    public string ObjectionRaised => S("异议 {id} 已提出，招标人应在 {due}（北京时间）前答复。", "Objection {id} raised; the tenderee must answer by {due} (Beijing time).");
    public string MyObjectionsHere => S("我对本项目的异议", "Your objections to this tender");
    public string MyObjectionId => S("异议编号", "Objection");
    public string MyObjectionRaisedAt => S("提出时间", "Raised");
    public string MyObjectionAnswerDue => S("答复期限（3日）", "Answer due (3 days)");
    public string MyObjectionAnswer => S("答复", "Answer");
    public string MyObjectionsTitle => S("我的异议", "My objections");
    public string MyObjectionsIntro => S("您对各项目招标文件提出的异议及其答复期限。", "Your objections to tender documents, with their answer deadlines.");
    public string NoObjections => S("暂无异议。", "No objections.");

    /// <summary>How an interested party's stated interest stands.</summary>
    public object InterestLabels => new
    {
        pending = S("利害关系待审查", "interest under review"), accepted = S("利害关系已认可", "interest accepted"), rejected = S("利害关系不予认可", "interest rejected"),
    };

    public string GuaranteeTitle => S("提交投标保函", "Lodge a guarantee letter");
    public string GuaranteeIntro => S(
        "可以用银行或担保机构出具的投标保函代替现金保证金（招标投标法实施条例第二十六条）。保函提交后由出具机构核验，核验通过前不视为已提交保证金；再次提交将替换当前保函。",
        "A guarantee letter from a bank or guarantee institution can stand in for a cash deposit (BLR 26). The issuer verifies it; until then the deposit is not covered. Lodging again replaces the current letter.");
    public string CurrentLetter => S("当前保函", "Current letter");
    public string NoLetter => S("尚未提交保函。", "No letter lodged.");
    public string LetterNumberLabel => S("保函编号", "Letter number");
    public string LetterIssuer => S("出具机构", "Issuer");
    public string LetterIssuerCode => S("出具机构统一社会信用代码", "Issuer's unified social credit code");
    public string BankAmount => S("金额", "Amount");
    public string LetterAmountYuan => S("担保金额（元）", "Amount guaranteed (yuan)");
    public string LetterValidity => S("有效期", "Valid");
    public string LetterValidFrom => S("有效期起始日（北京时间）", "Valid from (Beijing date)");
    public string LetterValidUntil => S("有效期截止日（北京时间）", "Valid until (Beijing date)");
    public string LodgeHeading => S("提交或替换保函", "Lodge or replace a letter");
    public string LodgeButton => S("提交保函", "Lodge the letter");
    public string LodgeNote => S("保函金额不得低于投标保证金，有效期应覆盖投标截止时间。", "The amount is at least the deposit, and the validity covers the bid deadline.");
    public string LetterLodged => S("保函已提交，等待出具机构核验：", "Letter lodged, awaiting the issuer's check:");
    public string AskIssuer => S("到出具机构核验", "Have the issuer check it");
    public string RefreshLetter => S("刷新保函状态", "Check the letter again");
    public string IssuerMissing => S("请填写出具机构名称", "Enter the issuer's name");
    public string IssuerCodeInvalid => S("请填写18位统一社会信用代码", "Enter the 18-character unified social credit code");
    public string LetterNumberMissing => S("请填写保函编号", "Enter the letter number");
    public string AmountInvalid => S("请按格式填写金额，如 50000.00", "Enter the amount as a number, e.g. 50000.00");
    public string ValidFromMissing => S("请选择有效期起始日", "Choose the first day of validity");
    public string ValidUntilMissing => S("请选择有效期截止日", "Choose the last day of validity");

    public string Of(GuaranteeStatus status) => status switch
    {
        GuaranteeStatus.Lodged => S("已提交，待核验", "lodged, awaiting the issuer"),
        GuaranteeStatus.Verified => S("已核验", "verified"),
        GuaranteeStatus.Rejected => S("核验未通过", "rejected by the issuer"),
        GuaranteeStatus.Released => S("已退还", "released"),
        GuaranteeStatus.Replaced => S("已被替换", "replaced"),
        _ => status.ToString(),
    };

    public string BidderOpeningTitle => S("我的开标确认", "My line in the opening");
    public string BidderOpeningIntro => S(
        "开标记录公布后，请核对本单位的一行：无误的予以确认；有异议的当场提出，招标人当场答复并记录（招标投标法实施条例第四十四条）。",
        "Once the opening record is published, check your own line: confirm it, or object on the spot; the tenderee answers there and then, on the record (BLR 44).");
    public string BidderMyLine => S("本单位的开标记录", "Your line of the record");
    public string BidderNoLine => S("开标记录中尚无本单位的一行（解密完成后显示）。", "The record has no line of yours yet (it appears once the bids are decrypted).");
    public string BidderLineOutcome => S("解密结果", "Decryption");
    public string BidderMyAnswer => S("本单位的确认", "Your answer");
    public string BidderRespondHeading => S("确认或提出异议", "Confirm or object");
    public string BidderRespondIntro => S("确认后，本行即作为开标记录的一部分。", "Once confirmed, your line stands in the record.");
    public string BidderConfirmLine => S("确认无误", "Confirm my line");
    public string BidderLineObjection => S("异议内容", "What is wrong with the line");
    public string BidderObjectToLine => S("提出异议", "Object");
    public string LineObjectionMissing => S("请填写异议内容", "Say what is wrong with the line");
    public string BidderLineConfirmed => S("已确认。", "Confirmed.");
    public string BidderLineObjected => S("已提出异议：", "Objected:");
    public string BidderPartsDue => S("投标人解密部分提交期限", "Bidders' parts due");
    public string BidderPartNote => S(
        "本项目采用“投标人加多方”开标：请使用投标工具 tenderhall-bid 用本单位的加密密钥解出并提交本单位的解密部分（私钥不离开本机）。",
        "This tender opens with bidder-and-quorum: hand over your part with the bidder tool (tenderhall-bid), which unwraps it with your own encryption key on your machine.");
    public string BidderRefreshOpening => S("刷新", "Refresh");

    public string SimulatedBankName => S("模拟银行（演示）", "Simulated bank (demo)");
    public string SimulatedBankBanner => S(
        "演示环境：本页模拟指定银行和保函出具机构，用模拟银行密钥签名回调；正式环境中由真实银行办理，本页不存在。",
        "Demo only: this page plays the designated bank and the guarantee issuer, signing callbacks with the simulated bank key. On a live platform the real bank does this and this page does not exist.");
    public string BankPayTitle => S("网上银行付款", "Online banking payment");
    public string BankPayee => S("收款单位", "Payee");
    public string BankPayeeName => S("公共资源交易中心（统一收费账户）", "Public resource trading centre (unified fee account)");
    public string FeeOrderNumber => S("缴费订单号", "Fee order");
    public string BankConfirmPay => S("确认付款", "Pay");
    public string BankPaid => S("付款成功，平台已核验银行通知并出具电子票据：", "Paid. The platform checked the bank's notice and issued the electronic receipt:");
    public string BankBack => S("返回交易平台", "Back to the trading platform");
    public string IssuerTitle => S("保函核验", "Guarantee letter check");
    public string IssuerIntro => S("出具机构核对所出具的保函，并向平台发送签名的核验结果。", "The issuer checks the letter it issued and sends the platform its signed decision.");
    public string GuaranteeIdLabel => S("保函登记号", "Guarantee");
    public string IssuerVerify => S("核验通过", "Verify");
    public string IssuerReject => S("不予核验", "Reject");
    public string IssuerDecided => S("已通知平台：", "The platform was told:");

    public string BidWhatCounts => S("哪一份投标文件有效", "Which bid counts");
    public string CountsLast => S("投标截止时间前平台最后收到的一份投标文件有效，开标时只解密这一份。", "The last bid the platform receives before the deadline counts; only that one is decrypted at the opening.");
    public string CountsReplaced => S("再次递交即替换：被替换的投标文件及其回执仍记录在公开日志中，但不会被解密。", "Submitting again replaces it: the replaced envelope and its receipt stay in the public log, but are never decrypted.");
    public string CountsWithdrawn => S("撤回后没有有效的投标文件，已缴保证金退还；截止前仍可重新递交（招标投标法实施条例第三十五条）。", "After a withdrawal no bid counts and a paid deposit is refunded; you may still submit again before the deadline (BLR 35).");
    public string CountsDeadline => S("截止时间以平台时钟为准；截止后不能替换或撤回。", "The platform's clock decides the deadline; after it nothing can be replaced or withdrawn.");
    public string ReplaceHeading => S("替换投标文件", "Replace your bid");
    public string ReplaceButton => S("密封并替换", "Seal and replace");
}
