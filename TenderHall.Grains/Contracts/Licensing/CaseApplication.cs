using TenderHall.Grains.Contracts.Gate;

namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>An application for a licensing item (ALL 29).</summary>
[GenerateSerializer, Alias("th.CaseApplication")]
public sealed class CaseApplication
{
    /// <summary>The published item applied for.</summary>
    [Id(0)] public string ItemCode { get; set; } = "";

    /// <summary>Online or at a window.</summary>
    [Id(1)] public CaseChannel Channel { get; set; }

    /// <summary>The applicant's name (personal data: never in the public progress).</summary>
    [Id(2)] public string ApplicantName { get; set; } = "";

    /// <summary>The applicant's organisation, when it has an account; its inbox gets the notices.</summary>
    [Id(3)] public string? ApplicantOrganizationId { get; set; }

    /// <summary>The project or matter applied for.</summary>
    [Id(4)] public string Subject { get; set; } = "";

    /// <summary>The amount the case involves in yuan (e.g. project investment), bounded by chief representatives' delegations.</summary>
    [Id(5)] public decimal? AmountYuan { get; set; }

    /// <summary>The materials submitted.</summary>
    [Id(6)] public List<CaseMaterial> Materials { get; set; } = [];

    /// <summary>The national code of the project applied for; required when the item needs the trade certificate and the project is gated.</summary>
    [Id(7)] public string? ProjectCode { get; set; }

    /// <summary>What kind of project it is; required when the item needs the trade certificate.</summary>
    [Id(8)] public ProjectKind? ProjectKind { get; set; }

    /// <summary>The trade certificate file presented at the gate; never stored with the case, which keeps the verdict.</summary>
    [Id(9)] public string? TradeCertificate { get; set; }

    /// <summary>Composite-window items: the window that receives and delivers (one of the item's cooperating windows).</summary>
    [Id(10)] public string? WindowId { get; set; }
}
