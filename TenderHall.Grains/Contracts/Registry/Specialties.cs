namespace TenderHall.Grains.Contracts.Registry;

/// <summary>The specialty codes of the expert database, with their names.</summary>
public static class Specialties
{
    /// <summary>Code → (Chinese name, English name). Technical and economic specialties (BL 37: ≥ 2/3 of a committee).</summary>
    public static readonly IReadOnlyDictionary<string, (string Zh, string En)> All = new Dictionary<string, (string, string)>
    {
        ["A01"] = ("房屋建筑工程", "Building construction"),
        ["A02"] = ("市政公用工程", "Municipal works"),
        ["A03"] = ("公路工程", "Highway engineering"),
        ["A04"] = ("水利水电工程", "Water conservancy and hydropower"),
        ["A05"] = ("机电安装工程", "Mechanical and electrical installation"),
        ["A06"] = ("信息化工程", "Information systems"),
        ["B01"] = ("工程造价", "Cost engineering"),
        ["B02"] = ("财务会计", "Finance and accounting"),
        ["C01"] = ("货物采购", "Goods procurement"),
        ["C02"] = ("医疗设备", "Medical equipment"),
    };

    /// <summary>Whether <paramref name="code"/> is a known specialty.</summary>
    public static bool IsKnown(string code) => All.ContainsKey(code);
}
