using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Demo;

/// <summary>The departments and agencies of the demo centre, a provincial hall in Hainan (the seed document's province).</summary>
internal static class DemoDirectory
{
    public static readonly (string Id, string Zh, string En)[] Departments =
    [
        ("dept-drc", "海南省发展和改革委员会", "Hainan Development and Reform Commission"),
        ("dept-housing", "海南省住房和城乡建设厅", "Hainan Department of Housing and Urban-Rural Development"),
        ("dept-transport", "海南省交通运输厅", "Hainan Department of Transport"),
        ("dept-water", "海南省水务厅", "Hainan Water Affairs Department"),
        ("dept-finance", "海南省财政厅", "Hainan Department of Finance"),
        ("dept-land", "海南省自然资源和规划厅", "Hainan Department of Natural Resources and Planning"),
        ("dept-market", "海南省市场监督管理局", "Hainan Administration for Market Regulation"),
        ("dept-ecology", "海南省生态环境厅", "Hainan Department of Ecology and Environment"),
        ("dept-supervision", "海南省政务服务中心电子监察室", "Electronic Supervision Office of the Hainan Service Centre"),
        ("dept-centre", "海南省公共资源交易中心", "Hainan Public Resource Trading Centre"),
        ("notary-hainan", "海南省琼州公证处", "Qiongzhou Notary Office of Hainan"),
    ];

    /// <summary>Who holds shares of every demo tender's opening key: centre, supervision, notary, and the agency (EBM 27).</summary>
    public static readonly string[] Custodians = ["dept-centre", "dept-supervision", "notary-hainan"];

    public static readonly (string Id, string Zh, string En)[] Agencies =
    [
        ("agency-qiongzhou", "海南琼州招标代理有限公司", "Qiongzhou Tendering Agency Co., Ltd."),
        ("agency-nanhai", "海南南海工程咨询有限公司", "Nanhai Engineering Consulting Co., Ltd."),
    ];

    /// <summary>A deterministic, valid unified social credit code: registered in Haikou (460100), the check character computed.</summary>
    public static string CreditCodeFor(Random random, char registrationOffice = '9', char organisationType = '1')
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var chars = new char[18];
        chars[0] = registrationOffice;
        chars[1] = organisationType;
        "460100".CopyTo(chars.AsSpan(2));
        for (var i = 8; i < 17; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        chars[17] = Grains.Contracts.Registry.CreditCode.CheckCharacter(chars);
        return new string(chars);
    }

    public static OrganizationProfile Organization(string id, OrganizationKind kind, string zh, string en, string creditCode) => new()
    {
        Id = id, Kind = kind, NameZh = zh, NameEn = en, CreditCode = creditCode, ContactEmail = $"{id}@demo.tenderhall.cn",
    };
}
