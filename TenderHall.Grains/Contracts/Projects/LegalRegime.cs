namespace TenderHall.Grains.Contracts.Projects;

/// <summary>Which body of law a tender runs under: each has its own periods and counts days differently.</summary>
public enum LegalRegime
{
    /// <summary>Bidding Law and its Regulation (招标投标法): engineering projects, calendar days.</summary>
    Engineering = 1,

    /// <summary>Government Procurement Law and its Regulation (政府采购法): many periods in working days.</summary>
    GovernmentProcurement = 2,
}
