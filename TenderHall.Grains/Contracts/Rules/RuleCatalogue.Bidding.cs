namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of key custody, the bid box and receipts (EBM 26–33, BL 28, BLR 35, 40).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Bidding() =>
    [
        new("BID-CUSTODY", "EBM 27 (nobody may decrypt before the opening)", RuleKind.Invalid,
            "The key custody cannot be set up: {detail}.",
            "开标密钥托管无法建立：{detail}。"),
        new("BID-CUSTODIAN", "EBM 27 (opening keys held by named custodians)", RuleKind.Forbidden,
            "'{id}' is not a custodian of the opening key of tender '{tender}'.",
            "“{id}”不是招标项目“{tender}”开标密钥的托管人。"),
        new("EBM-26", "EBM 26 (only encrypted bids are accepted)", RuleKind.Invalid,
            "This is not a sealed envelope for tender {tender}: {detail} ({code}). Seal the bid with the tender's opening key and try again; use the self-test to check it first.",
            "这不是招标项目 {tender} 的加密投标文件：{detail}（{code}）。请使用该项目的开标公钥加密后重新提交，可先用自检功能检查。"),
        new("EBM-26-SIGNATURE", "EBM 26 (bids are signed by the bidder's certificate key)", RuleKind.Invalid,
            "The envelope signature does not verify with a registered signing key of {bidder}.",
            "投标文件签名无法用 {bidder} 登记的签名证书验证。"),
        new("BID-LATE", "BL 28, EBM 28 (bids received after the deadline are refused)", RuleKind.Conflict,
            "The bid was received at {receivedAt} (Beijing time, by the server's clock); the bid deadline was {deadline}. It is refused and counts as not submitted.",
            "投标文件于北京时间 {receivedAt}（以服务器时间为准）送达，投标截止时间为北京时间 {deadline}，已拒收，视为未提交。"),
        new("BID-CLOSED", "BLR 22, 62 (tender paused or closed)", RuleKind.Conflict,
            "Tender {tender} is {status}: bids are not accepted now.",
            "招标项目 {tender} 当前为 {status}，暂不接收投标文件。"),
        new("BID-NONE", "BLR 35 (withdrawal)", RuleKind.Conflict,
            "{bidder} has no bid in tender {tender} to withdraw.",
            "{bidder} 在招标项目 {tender} 中没有可撤回的投标文件。"),
        new("BID-SEALED", "EBM 27 (nobody may read bids before the opening)", RuleKind.Forbidden,
            "Bids of tender {tender} are sealed until the opening; the attempt has been recorded and reported to supervision.",
            "招标项目 {tender} 的投标文件在开标前处于密封状态，本次访问已记录并报告监督部门。"),
        new("BID-UPLOAD", "Resumable upload protocol", RuleKind.Conflict,
            "The upload expects bytes from offset {expected}; {detail}.",
            "上传应从偏移量 {expected} 继续：{detail}。"),
        new("BID-UPLOAD-EXPIRED", "Resumable upload expired", RuleKind.Conflict,
            "Upload {upload} was paused longer than the platform keeps unfinished uploads ({maxAge}) and its stored parts were removed; start a new upload of the whole envelope.",
            "上传 {upload} 中断时间超过平台保留未完成上传的期限（{maxAge}），已收到的部分已被清除；请重新开始上传整个投标文件。"),
    ];
}
