namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the opening session (BL 34–36, BLR 44, EBM 29–33).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Opening() =>
    [
        new("OPEN-STATE", "BL 34, EBM 29 (opening at the deadline)", RuleKind.Conflict,
            "The opening of tender {tender} is {status}: '{action}' is not possible now.",
            "招标项目 {tender} 的开标当前为 {status}，不能执行“{action}”。"),
        new("OPEN-SHARE", "EBM 30 (decryption by the key holders)", RuleKind.Invalid,
            "The key share is refused: {detail}.",
            "密钥分片被拒绝：{detail}。"),
        new("OPEN-SUPERVISOR", "EBM 31, BLR 44 (the opening is supervised)", RuleKind.Conflict,
            "A supervisor who checked in to the opening of tender {tender} must be present for this.",
            "此操作需要已签到的监督人员在场（招标项目 {tender}）。"),
        new("OPEN-UNANSWERED", "BLR 44 (objections at the opening are answered on the spot)", RuleKind.Conflict,
            "The objection of {bidder} at the opening has not been answered yet.",
            "{bidder} 在开标现场提出的异议尚未答复。"),
        new("OPEN-RECORD-SIGNATURE", "EBM 33 (the opening record is signed)", RuleKind.Invalid,
            "The signature over the opening record does not verify with a registered signing key of {organization}.",
            "开标记录的签名无法用 {organization} 登记的签名密钥验证。"),
        new("OPEN-RECORD-KEY", "EBM 33 (the opening record is signed)", RuleKind.Invalid,
            "Key {key} is not a current signing key of {organization}: the supervisor signs the record with one of its organisation's registered keys.",
            "密钥 {key} 不是 {organization} 当前登记的签名密钥：监督人员须使用本单位登记的签名密钥签署开标记录。"),
    ];
}
