namespace TenderHall.Grains.Contracts.Registry;

/// <summary>What part an organisation plays in the centre.</summary>
public enum OrganizationKind
{
    /// <summary>A government department with a window in the hall, or a supervising department.</summary>
    Department = 1,

    /// <summary>A tendering agency (招标代理机构) or a tenderee running its own tender.</summary>
    Agency = 2,

    /// <summary>A company that buys tender documents and submits bids.</summary>
    Bidder = 3,
}
