namespace TenderHall.Grains.Contracts.Accounts;

/// <summary>The roles a signed-in user can hold.</summary>
public static class Roles
{
    /// <summary>Registers projects and schedules tenders (招标人/代理机构).</summary>
    public const string Agency = "Agency";

    /// <summary>Buys tender documents and submits bids (投标人).</summary>
    public const string Bidder = "Bidder";

    /// <summary>On-site and administrative supervisor (监督人员).</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Evaluation expert (评标专家).</summary>
    public const string Expert = "Expert";

    /// <summary>Files objections and complaints (异议人/投诉人).</summary>
    public const string Complainant = "Complainant";

    /// <summary>Runs the centre's platform (中心管理员).</summary>
    public const string CentreAdmin = "CentreAdmin";

    /// <summary>Receives licensing applications at a window (窗口工作人员).</summary>
    public const string WindowOfficer = "WindowOfficer";

    /// <summary>A department's chief representative in the hall (首席代表).</summary>
    public const string ChiefRepresentative = "ChiefRepresentative";

    /// <summary>Reviews licensing cases in the back office of a department (部门审核人员).</summary>
    public const string DepartmentReviewer = "DepartmentReviewer";

    /// <summary>Holds a share of tenders' opening keys for an organisation and hands it over at the opening (密钥托管人, EBM 30).</summary>
    public const string Custodian = "Custodian";

    /// <summary>Heads a department: grants its chief representatives their delegation (部门负责人).</summary>
    public const string DepartmentHead = "DepartmentHead";

    /// <summary>Approves exemptions from the centre's gate for the provincial government (省政府审批人员).</summary>
    public const string ProvincialGovernment = "ProvincialGovernment";

    /// <summary>Every role, in a stable order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Agency, Bidder, Supervisor, Expert, Complainant, CentreAdmin, WindowOfficer, ChiefRepresentative, DepartmentReviewer, Custodian, DepartmentHead, ProvincialGovernment];
}
