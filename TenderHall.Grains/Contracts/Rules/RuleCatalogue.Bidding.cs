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
    ];
}
