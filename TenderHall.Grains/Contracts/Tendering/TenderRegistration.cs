using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>What an agency registers when a tender enters the centre (进场登记); checked against the project's approved scheme.</summary>
[GenerateSerializer, Alias("th.TenderRegistration")]
public sealed class TenderRegistration
{
    /// <summary>The project it belongs to.</summary>
    [Id(0)] public string ProjectCode { get; set; } = "";

    /// <summary>The lot (标段) of the approved scope this tender covers.</summary>
    [Id(1)] public string Lot { get; set; } = "";

    /// <summary>Tender title as announced.</summary>
    [Id(2)] public string Title { get; set; } = "";

    /// <summary>Open or invited; must equal the approved scheme.</summary>
    [Id(3)] public ProcurementMethod Method { get; set; } = ProcurementMethod.Open;

    /// <summary>Self-run or agency; must equal the approved scheme.</summary>
    [Id(4)] public TenderOrganisation Organisation { get; set; } = TenderOrganisation.Agency;

    /// <summary>Estimated price of the lot in fen (the deposit cap is 2 % of it, BLR 26).</summary>
    [Id(5)] public long EstimatedPriceFen { get; set; }

    /// <summary>Bid deposit in fen.</summary>
    [Id(6)] public long DepositFen { get; set; }

    /// <summary>Price of the tender documents in fen: printing and mailing cost only (BLR 16).</summary>
    [Id(7)] public long DocumentFeeFen { get; set; }

    /// <summary>The agency running it (from the caller's organisation).</summary>
    [Id(8)] public string AgencyId { get; set; } = "";

    /// <summary>Which law applies (copied from the project).</summary>
    [Id(9)] public LegalRegime Regime { get; set; }
}
