namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Where a directory proposal stands: department → centre review → provincial approval.</summary>
public enum ProposalStatus
{
    /// <summary>Proposed by the department; waiting for the centre's review.</summary>
    Proposed = 1,

    /// <summary>The centre reviewed it favourably; waiting for the provincial government's approval.</summary>
    Reviewed = 2,

    /// <summary>Approved by the provincial government: it is a version of the item from its effective date.</summary>
    Approved = 3,

    /// <summary>Returned by the centre or the provincial government, with the opinion; the department may propose again.</summary>
    Returned = 4,
}
