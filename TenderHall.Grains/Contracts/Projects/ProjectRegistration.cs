namespace TenderHall.Grains.Contracts.Projects;

/// <summary>A project entered into the centre's registry.</summary>
[GenerateSerializer, Alias("th.ProjectRegistration")]
public sealed class ProjectRegistration
{
    /// <summary>National investment-project code (全国投资项目在线审批监管平台代码), also the grain key.</summary>
    [Id(0)] public string Code { get; set; } = "";

    /// <summary>Project name.</summary>
    [Id(1)] public string Name { get; set; } = "";

    /// <summary>Works, goods or services.</summary>
    [Id(2)] public ProjectType Type { get; set; }

    /// <summary>Estimated value in fen.</summary>
    [Id(3)] public long EstimatedValueFen { get; set; }

    /// <summary>Whether state funds pay for it (BLR 55: the first-ranked candidate wins).</summary>
    [Id(4)] public bool StateFunded { get; set; }

    /// <summary>Which law applies.</summary>
    [Id(5)] public LegalRegime Regime { get; set; } = LegalRegime.Engineering;

    /// <summary>The approved tender scheme.</summary>
    [Id(6)] public ApprovedScheme Scheme { get; set; } = new();

    /// <summary>The tenderee (招标人) name.</summary>
    [Id(7)] public string Tenderee { get; set; } = "";

    /// <summary>The agency that registered it.</summary>
    [Id(8)] public string AgencyId { get; set; } = "";

    /// <summary>When it was registered.</summary>
    [Id(9)] public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Whether the project must be tendered (必须招标的工程项目规定 Art 5 thresholds), computed at registration.</summary>
    [Id(10)] public bool MustTender { get; set; }
}
