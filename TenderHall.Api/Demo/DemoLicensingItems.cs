using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Api.Demo;

/// <summary>Licensing items of the demo hall, one or more for each handling mode, and one approved to stay outside the centre.</summary>
internal static class DemoLicensingItems
{
    public static IEnumerable<LicensingItem> All() =>
    [
        new()
        {
            Code = "LIC-HOUSING-001", Window = "A区 3号窗口（住建厅）", WindowId = "dept-housing", Name = "建筑工程施工许可证核发", DepartmentId = "dept-housing", Mode = LicensingMode.Committed,
            LegalBasis = "《中华人民共和国建筑法》第七条、第八条", PromisedWorkingDays = 7,
            Procedure = ["窗口受理", "材料审查", "现场核查", "审批决定", "制证送达"],
            Conditions = ["已办理用地批准手续", "依法确定施工企业（须经交易中心招标）", "有满足施工需要的资金安排"],
            Materials = ["施工许可申请表", "中标通知书及施工合同", "施工图审查合格书", "资金到位证明"],
        },
        new()
        {
            Code = "LIC-MARKET-001", Window = "A区 1号窗口（市场监管局）", WindowId = "dept-market", Name = "企业名称变更登记", DepartmentId = "dept-market", Mode = LicensingMode.Immediate,
            LegalBasis = "《中华人民共和国市场主体登记管理条例》第二十四条", PromisedWorkingDays = 0,
            Procedure = ["窗口受理", "当场审核", "当场办结"],
            Conditions = ["申请材料齐全、符合法定形式"],
            Materials = ["变更登记申请书", "股东会决议", "营业执照正副本"],
        },
        new()
        {
            Code = "LIC-DRC-001", Window = "B区 联办窗口（发展改革委首办）", WindowId = "dept-drc", Name = "政府投资项目可行性研究报告审批", DepartmentId = "dept-drc", Mode = LicensingMode.Joint,
            LegalBasis = "《政府投资条例》第九条、第十一条", PromisedWorkingDays = 30,
            CooperatingDepartmentIds = ["dept-land", "dept-ecology"],
            Procedure = ["首问窗口受理", "并联审查（自然资源、生态环境）", "中心协调", "审批决定", "首问窗口送达"],
            Conditions = ["项目建议书已批复", "招标方案已核准"],
            Materials = ["可行性研究报告", "用地预审意见", "环境影响评价文件", "招标方案"],
        },
        new()
        {
            Code = "LIC-WATER-001", Window = "A区 6号窗口（水务厅）", WindowId = "dept-water", Name = "取水许可", DepartmentId = "dept-water", Mode = LicensingMode.Committed,
            LegalBasis = "《取水许可和水资源费征收管理条例》第二条", PromisedWorkingDays = 20,
            Procedure = ["窗口受理", "技术审查", "审批决定", "发证"],
            Conditions = ["取水符合水资源规划"],
            Materials = ["取水许可申请书", "建设项目水资源论证报告书"],
            Fees = [new() { Name = "水资源费", AmountYuan = 1200m, LegalBasis = "《取水许可和水资源费征收管理条例》第二十八条" }],
        },
        new()
        {
            Code = "LIC-TRANSPORT-001", Window = "C区 综合窗口", WindowId = "dept-housing", Name = "公路建设项目施工许可", DepartmentId = "dept-transport", Mode = LicensingMode.CompositeWindow,
            LegalBasis = "《公路建设市场管理办法》第二十条", PromisedWorkingDays = 15,
            CooperatingDepartmentIds = ["dept-housing"],
            Procedure = ["综合窗口受理", "分送交通运输厅审查", "审批决定", "综合窗口送达"],
            Conditions = ["施工单位经交易中心依法招标确定", "施工图设计文件已批准"],
            Materials = ["施工许可申请书", "中标通知书", "施工图设计批复"],
        },
        new()
        {
            Code = "LIC-LAND-001", Window = "A区 5号窗口（自然资源和规划厅）", WindowId = "dept-land", Name = "建设项目用地预审与选址意见书", DepartmentId = "dept-land", Mode = LicensingMode.Committed,
            LegalBasis = "《中华人民共和国土地管理法实施条例》第二十四条", PromisedWorkingDays = 20,
            Procedure = ["窗口受理", "审查", "审批决定", "送达"],
            Conditions = ["符合国土空间规划"],
            Materials = ["用地预审申请表", "项目建设依据文件", "勘测定界图"],
        },
        new()
        {
            // Approved by the provincial government to stay in the department's own hall, networked with the centre.
            Code = "LIC-ECOLOGY-001", Window = "生态环境厅政务服务窗口（联网办理）", WindowId = "dept-ecology", Name = "建设项目环境影响报告书审批", DepartmentId = "dept-ecology",
            Mode = LicensingMode.Committed, LegalBasis = "《中华人民共和国环境影响评价法》第二十二条", PromisedWorkingDays = 20,
            OutsideCentre = true, NetworkedDepartmentId = "dept-ecology",
            Procedure = ["受理", "技术评估", "审批决定", "送达"],
            Conditions = ["符合生态环境分区管控要求"],
            Materials = ["环境影响报告书", "建设项目环评审批申请书"],
        },
    ];
}
