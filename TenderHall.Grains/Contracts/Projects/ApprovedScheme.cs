namespace TenderHall.Grains.Contracts.Projects;

/// <summary>The tender scheme approved with the project (招标方案核准, BLR 7): a registration must match it.</summary>
[GenerateSerializer, Alias("th.ApprovedScheme")]
public sealed class ApprovedScheme
{
    /// <summary>Tender scope (招标范围): the lots that must be tendered.</summary>
    [Id(0)] public List<string> Scope { get; set; } = [];

    /// <summary>Open or invited.</summary>
    [Id(1)] public ProcurementMethod Method { get; set; } = ProcurementMethod.Open;

    /// <summary>Self-run or through an agency.</summary>
    [Id(2)] public TenderOrganisation Organisation { get; set; } = TenderOrganisation.Agency;

    /// <summary>The approving department.</summary>
    [Id(3)] public string ApprovedBy { get; set; } = "";

    /// <summary>Approval document number (核准文号).</summary>
    [Id(4)] public string ApprovalNumber { get; set; } = "";
}
