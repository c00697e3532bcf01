namespace TenderHall.Api.Demo;

/// <summary>Word lists the demo centre draws believable names from.</summary>
internal static class DemoNames
{
    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "符", "邢", "云", "冯"];

    public static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "秀英", "建华", "海燕", "志强", "晓东", "文博", "雪梅", "国平", "立新"];

    /// <summary>Division codes (GB/T 2260) of Hainan's cities where the demo experts work.</summary>
    public static readonly string[] Regions = ["460100", "460200", "460300", "460400", "469001", "469002"];

    public static readonly string[] Titles = ["高级工程师", "正高级工程师", "高级经济师", "高级会计师", "教授级高级工程师"];

    public static readonly string[] Cities = ["海口", "三亚", "儋州", "琼海", "文昌", "万宁", "五指山", "东方"];

    public static readonly (string Zh, string En)[] Trades =
    [
        ("建设工程", "Construction"), ("路桥", "Road and Bridge"), ("水利建设", "Water Works"), ("机电设备", "Electromechanical"),
        ("信息技术", "Information Technology"), ("市政工程", "Municipal Engineering"), ("建筑装饰", "Building Decoration"),
        ("医疗器械", "Medical Devices"), ("环境工程", "Environmental Engineering"), ("园林绿化", "Landscaping"),
    ];

    public static readonly string[] Employers =
    [
        "海南大学", "海南省建筑设计院", "海南省交通规划勘察设计院", "海南省水利水电勘测设计研究院", "海南省工程造价管理协会",
        "海南省人民医院", "海南省信息中心", "海南省会计学会",
    ];
}
