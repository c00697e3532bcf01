namespace TenderHall.Portal.Localization;

/// <summary>The strings of sealing and submitting a bid in the browser, and of checking a receipt.</summary>
public sealed partial class PortalText
{
    public string NavVerifyReceipt => S("验证回执", "Verify a receipt");
    public string SubmitBidLink => S("递交或替换投标文件", "Submit or replace the bid");

    public string BidTitle => S("递交投标文件", "Submit a bid");
    public string BidIntro => S(
        "投标文件在本浏览器中用招标项目的开标公钥加密（ECDH P-256、HKDF-SHA-256、AES-256-GCM），按 1 MiB 分段读取附件，明文不会离开本机；平台只收到密文及您对其摘要的签名。",
        "Your bid is encrypted in this browser to the tender's opening key (ECDH P-256, HKDF-SHA-256, AES-256-GCM), reading attachments 1 MiB at a time; the plaintext never leaves this computer. The platform receives only the ciphertext and your signature of its hash.");
    public string BidStanding => S("当前投标", "Your bid");
    public string ReceivedAt => S("接收时间（北京时间）", "Received (Beijing time)");
    public string EnvelopeHash => S("投标文件 SHA-256 · 日志序号", "Envelope SHA-256 · log index");
    public string DownloadReceipt => S("下载回执", "Download the receipt");
    public string VerifyInBrowser => S("在浏览器中验证回执", "Verify the receipt in this browser");
    public string WithdrawBid => S("撤回投标", "Withdraw the bid");
    public string ConfirmWithdraw => S("确认撤回（投标截止前仍可重新递交；已缴保证金将退还）", "Confirm the withdrawal (you may submit again before the deadline; a paid deposit is refunded)");
    public string ReplaceNote => S("投标截止前再次递交，将以新的投标文件替换当前投标文件。", "Submitting again before the deadline replaces the current bid.");

    public string BidFormHeading => S("投标函与附件", "Bid form and attachments");
    public string DepositReference => S("投标保证金凭证编号", "Bid deposit reference");
    public string PriceHint => S("以元为单位的十进制数，如 1250000.50，不含千分位和符号。", "In yuan, a plain decimal such as 1250000.50: no grouping or sign.");
    public string Attachments => S("附件（可多选，单个可达数百 MiB）", "Attachments (several allowed, each up to hundreds of MiB)");
    public string EncryptionKeyFile => S(
        "投标人加密私钥文件（本项目由投标人与开标人共同解密；仅读取其公钥）",
        "Your encryption key file (this tender is opened by you and the custodians together; only its public key is read)");
    public string SealButton => S("密封、自检、签名并递交", "Seal, self-test, sign and submit");

    public string ErrorSummaryTitle => S("请更正以下问题", "There is a problem");
    public string PriceInvalid => S("请按格式填写投标报价，如 1250000.50。", "Enter the price as a plain decimal, such as 1250000.50.");
    public string DurationInvalid => S("请填写工期（正整数天数）。", "Enter the duration as a whole number of days.");
    public string QualityMissing => S("请填写质量承诺。", "Enter the quality commitment.");
    public string DepositMissing => S("请填写投标保证金凭证编号。", "Enter the bid deposit reference.");
    public string SigningKeyMissing => S("请选择签名私钥文件。", "Choose your signing key file.");
    public string EncryptionKeyMissing => S("请选择加密私钥文件。", "Choose your encryption key file.");
    public string TextInvalid => S("文字中含有无法编码的字符。", "The text holds characters that cannot be encoded.");

    public string StepKeys => S("读取密钥", "Read the keys");
    public string StepHash => S("计算附件摘要", "Hash the attachments");
    public string StepSeal => S("密封并自检", "Seal and self-test");
    public string StepSign => S("签名", "Sign");
    public string StepUpload => S("上传", "Upload");
    public string StepReceipt => S("回执", "Receipt");
    public string SelfTestPassed => S("自检通过：投标文件格式正确，以本项目开标公钥密封，每个分段均可解密。", "Self-test passed: the envelope is well formed, sealed to this tender's opening key, and every segment opens.");
    public string SelfTestFailed => S("自检未通过，未上传任何内容：", "Self-test failed; nothing was uploaded:");
    public string UploadWaiting => S("上传中断，稍后从平台已收到的位置继续：", "The upload was interrupted; it continues from what the platform holds:");
    public string UploadDeadline => S("投标截止前无法完成上传：", "The upload cannot finish before the bid deadline:");
    public string BidDone => S("投标文件已递交，平台已签发回执。", "The bid is submitted and the platform has issued its receipt.");
    public string BidSm2Key => S("这是 SM2（国密）密钥，浏览器无法使用，请使用投标工具签名：tenderhall-bid sign。", "This is an SM2 key, which browsers cannot use: sign with the bidder tool, tenderhall-bid sign.");
    public string GmSuite => S(
        "本项目使用国密算法（SM2/SM4），浏览器无法密封，请使用投标工具：tenderhall-bid seal。",
        "This tender uses the GM suite (SM2/SM4), which browsers cannot seal: use the bidder tool, tenderhall-bid seal.");

    public string ResumeHeading => S("继续未完成的上传", "Continue an unfinished upload");
    public string ResumeText => S(
        "本浏览器中有一份已密封、已签名但未上传完的投标文件。请重新选择密封时的同样附件，从中断处继续上传：",
        "This browser holds a sealed and signed bid whose upload did not finish. Choose the same attachments again to continue from where it stopped:");
    public string ResumeButton => S("继续上传", "Continue the upload");
    public string DiscardButton => S("放弃这份投标文件", "Discard this bid");
    public string ResumeMismatch => S("所选文件与密封时的附件不一致（名称、大小或摘要不同），请选择同样的文件，或放弃后重新密封。", "These files are not the sealed attachments (name, size or hash differ): choose the same files, or discard and seal again.");
    public string PendingNote => S(
        "为便于中断后继续，上传完成前本浏览器会保存投标函、附件摘要和不可导出的内容密钥；平台签发回执或您放弃后即删除。",
        "So that an interrupted upload can continue, this browser keeps the bid form, the attachments' hashes and the non-extractable content key until the platform issues its receipt or you discard the bid.");

    public string VerifyReceiptTitle => S("验证投标回执", "Verify a bid receipt");
    public string VerifyReceiptIntro => S(
        "选择或拖放平台签发的投标回执（JSON 文件）。验证在您的浏览器中进行：回执签名、日志条目、包含证明，以及当前公开日志与回执中检查点的一致性。",
        "Choose or drop a bid receipt issued by the platform (a JSON file). The check runs in your browser: the receipt's signature, its log entry, the inclusion proof, and that today's public log extends the receipt's checkpoint.");
    public string ReceiptFile => S("回执文件（JSON）", "Receipt file (JSON)");
    public string EnvelopeFileOptional => S("投标文件（可选，用于核对摘要；只在本机计算）", "Envelope file (optional, to compare its hash; computed on this computer)");
    public string DropHint => S("将回执文件拖放到此处", "Drop the receipt file here");
    public string VerifyButton => S("验证", "Verify");
    public string ReceiptNotJson => S("该文件不是 JSON 格式的回执。", "This file is not a JSON receipt.");
    public string ReceiptRunning => S("正在验证……", "Verifying…");
    public string ReceiptPassed => S("验证通过：", "Verified:");
    public string ReceiptFailed => S("验证未通过：", "NOT verified:");
    public string ReceiptLogKey => S("透明日志公钥（请与平台公布的公钥核对）", "Transparency log key (compare it with the one the centre publishes)");

    /// <summary>The name of a step of the receipt check.</summary>
    public string ReceiptStep(string step) => step switch
    {
        "note" => S("回执由透明日志密钥签名", "The receipt is signed by the log key"),
        "envelope" => S("回执对应该投标文件", "It names this envelope"),
        "fields" => S("回执文件未被改动", "The receipt file is unedited"),
        "leaf" => S("日志条目记录了该投标文件", "The log entry records this envelope"),
        "inclusion" => S("条目在已签名的日志检查点中", "The entry is in the signed checkpoint"),
        "log" => S("当前公开日志包含该检查点（一致性证明）", "Today's public log extends that checkpoint"),
        _ => step,
    };
}
