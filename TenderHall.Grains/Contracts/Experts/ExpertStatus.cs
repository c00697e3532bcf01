namespace TenderHall.Grains.Contracts.Experts;

/// <summary>Whether an expert may be drawn (the centre's expert-database rules).</summary>
public enum ExpertStatus
{
    /// <summary>In the database and drawable.</summary>
    Active,

    /// <summary>Temporarily not drawable: by a centre decision or by poor ratings, until a date or until lifted.</summary>
    Suspended,

    /// <summary>Removed from the database for good (清退); kept for the record.</summary>
    StruckOff,
}
