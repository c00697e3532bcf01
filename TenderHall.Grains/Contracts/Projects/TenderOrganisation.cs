namespace TenderHall.Grains.Contracts.Projects;

/// <summary>Who runs the tender (BL 12).</summary>
public enum TenderOrganisation
{
    /// <summary>自行招标: the tenderee itself, where approved.</summary>
    SelfRun = 1,

    /// <summary>委托招标: a tendering agency.</summary>
    Agency = 2,
}
