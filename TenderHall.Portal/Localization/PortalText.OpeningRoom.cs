using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the supervisor's day (/supervision) and the opening room (/opening/{tender}).</summary>
public sealed partial class PortalText
{
    public string NavSupervision => S("监督工作台", "Supervision");

    // --- The supervisor's day ---
    public string DayTitle => S("监督工作台：当日开标与监察报警", "The supervisor's day: openings and alarms");
    public string DayIntro => S("选择日期（北京时间），查看当日开标（进入开标室签到、监督开标）和电子监察报警（确认并记录处理情况）。",
        "Choose a day (Beijing time) to see its openings (enter the opening room to check in and supervise) and the electronic supervision alarms (acknowledge them and note what you did).");
    public string DayLabel => S("日期（北京时间）", "Day (Beijing time)");
    public string DayShow => S("显示", "Show");
    public string DayOpenings => S("当日开标", "Openings of the day");
    public string DayNoOpenings => S("当日没有开标。", "No openings on this day.");
    public string DayOpensAt => S("开标时间（北京时间）", "Opens (Beijing time)");
    public string DayTender => S("招标项目", "Tender");
    public string DayTenderStatus => S("项目状态", "Tender status");
    public string DayEnterRoom => S("进入开标室", "Enter the opening room");
    public string DayHall => S("公开开标大厅", "Public hall");
    public string DayAlarms => S("监察报警", "Supervision alarms");
    public string DayNoAlarms => S("当日没有报警。", "No alarms on this day.");
    public string AlarmRaisedAt => S("发生时间", "Raised");
    public string AlarmSeverityLabel => S("级别", "Severity");
    public string AlarmCode => S("规则代码", "Rule code");
    public string AlarmSubject => S("对象", "About");
    public string AlarmMessage => S("说明", "What happened");
    public string AlarmAcknowledged => S("确认情况", "Acknowledged");
    public string AlarmNotAcknowledged => S("未确认", "Not yet");
    public string AlarmNotes => S("处理记录", "Notes");
    public string AlarmNoteLabel => S("处理情况（可选，最多 2000 字）", "What you looked at or did (optional, up to 2000 characters)");
    public string AlarmAcknowledge => S("确认并记录", "Acknowledge and note");
    public string AlarmAddNote => S("补充记录", "Add the note");
    public string AlarmNoteTooLong => S("处理情况最多 2000 字", "A note has at most 2000 characters");
    public string AlarmDone => S("已确认，记录已保存并写入审计日志。", "Acknowledged: the note is saved and in the audit journal.");
    public string DayLoaded => S("已载入。", "Loaded.");

    /// <summary>An alarm's severity.</summary>
    public string Of(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Warning => S("预警", "Warning"),
        _ => S("报警", "Alarm"),
    };

    // --- The opening room ---
    public string RoomTitle => S("开标室", "Opening room");
    public string RoomIntro => S("监督人员签到，密钥托管人在本机解密并提交密钥分片，投标文件解密后投标人当场确认或提出异议，代理机构当场答复，监督人员签署开标记录并结束开标（《电子招标投标办法》第二十九条至第三十三条）。",
        "Supervisors check in, key custodians decrypt their shares on their own machines and hand them over, the bids are decrypted, bidders confirm or object on the spot and the agency answers, then the supervisor countersigns the record and closes (EBM 29–33).");
    public string RoomLinkFromHall => S("开标室（监督人员、代理机构、密钥托管人）", "Opening room (supervisors, the agency, key custodians)");
    public string RoomPublicHall => S("公开开标大厅（实时）", "Public opening hall (live)");
    public string RoomProgress => S("进度", "Progress");
    public string RoomShares => S("密钥分片", "Key shares");
    public string RoomDecrypted => S("已解密投标文件", "Bids decrypted");
    public string RoomAttendance => S("监督人员签到", "Supervisors present");
    public string RoomNoAttendance => S("尚无监督人员签到。", "No supervisor has checked in.");
    public string RoomAddress => S("签到地址（仅监督人员可见）", "Address (supervisors only)");
    public string RoomCheckInTime => S("签到时间（北京时间）", "Checked in (Beijing time)");
    public string RoomCheckIn => S("签到", "Check in");
    public string RoomCheckedIn => S("已签到。", "Checked in.");
    public string RoomHandOver => S("移交密钥分片（密钥托管人）", "Hand over the key share (custodians)");
    public string RoomHandOverIntro => S("选择本单位的加密私钥文件和签名私钥文件（P-256）。分片在本机浏览器中解密并签名，私钥不离开本机，只有分片和签名发送给平台。",
        "Choose your organisation's encryption key file and signing key file (P-256). The share is decrypted and signed in this browser; the keys never leave this machine, only the share and its signature are sent.");
    public string RoomEncryptionKey => S("加密私钥文件（托管人密钥）", "Encryption key file (custodian key)");
    public string RoomSigningKey => S("签名私钥文件", "Signing key file");
    public string RoomHandOverButton => S("解密并移交分片", "Decrypt and hand over");
    public string RoomHandedOver => S("分片已移交。", "Share handed over.");
    public string RoomNeedEncryptionKey => S("请选择加密私钥文件", "Choose the encryption key file");
    public string RoomNeedSigningKey => S("请选择签名私钥文件", "Choose the signing key file");
    public string RoomWrongKey => S("该加密私钥不是此分片对应的托管人密钥（分片对应密钥标识 {expected}，所选密钥为 {actual}），未提交任何内容。",
        "This encryption key is not the custodian key the share is wrapped to (the share's key id is {expected}, this key's is {actual}); nothing was sent.");
    public string RoomUndecryptable => S("分片无法用所选私钥解密，未提交任何内容。", "The share does not decrypt with this key; nothing was sent.");
    public string RoomRecord => S("开标记录", "The record");
    public string RoomNoRows => S("投标文件解密后，开标记录在此显示。", "The record appears here once the bids are decrypted.");
    public string RoomAnswer => S("答复", "Answer");
    public string RoomAnswerLabel => S("对 {bidder} 异议的答复", "Answer to the objection of {bidder}");
    public string RoomNeedAnswer => S("请填写答复", "Write the answer");
    public string RoomAnswered => S("异议已答复。", "Objection answered.");
    public string RoomPublish => S("生成并公布开标记录（平台签章）", "Render and publish the record (platform-signed)");
    public string RoomPublished => S("开标记录已生成。", "The record is published.");
    public string RoomRecordPdf => S("查看开标记录（PDF）", "View the record (PDF)");
    public string RoomRecordSha => S("开标记录 SHA-256", "Record SHA-256");
    public string RoomClose => S("签署开标记录并结束开标（监督人员）", "Countersign the record and close (supervisor)");
    public string RoomCloseIntro => S("选择录音录像文件（在本机计算摘要，文件不上传）和本单位的签名私钥文件（P-256）；签名在本机浏览器中完成，只有签名发送给平台。",
        "Choose the session's recordings (hashed on this machine, not uploaded) and your organisation's signing key file (P-256); the signature is made in this browser and only the signature is sent.");
    public string RoomNotes => S("监督人员记录", "Supervisor's notes");
    public string RoomRecordings => S("录音录像文件", "Recordings");
    public string RoomRecordingName => S("文件名", "File");
    public string RoomRecordingHash => S("SHA-256 摘要", "SHA-256");
    public string RoomHashing => S("正在计算摘要", "Hashing");
    public string RoomCloseButton => S("签署并结束开标", "Countersign and close");
    public string RoomClosed => S("开标已结束，开标记录已由平台和监督人员签章。", "The opening is closed; the record carries the platform's and the supervisor's signatures.");
    public string RoomNeedNotes => S("请填写监督人员记录", "Write the supervisor's notes");
    public string RoomKeySm2 => S("该密钥为 SM2（国密）密钥，浏览器无法使用，请使用投标工具。", "This is an SM2 key, which browsers cannot use; use the bidder tool.");
    public string RoomKeyUnsupported => S("无法读取该密钥文件：请选择未加密的 PKCS#8 PEM 私钥文件（P-256）。", "This key file cannot be read: choose an unencrypted PKCS#8 PEM private key (P-256).");
    public string RoomKeyEncrypted => S("该密钥文件已加密，请先用投标工具导出未加密的私钥。", "This key file is encrypted; export an unencrypted key with the bidder tool first.");
    public string RoomNoWebCrypto => S("此浏览器不支持 WebCrypto，请使用较新的浏览器。", "This browser has no WebCrypto; use a current browser.");
    public string RoomSignedOut => S("登录已过期：已填写的内容保留在本标签页中，请重新登录后返回本页。", "Your sign-in has expired: what you typed is kept in this tab; sign in again and come back to this page.");
    public string RoomLocalError => S("本机", "This machine");
}
