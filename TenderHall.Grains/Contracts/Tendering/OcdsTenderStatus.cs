namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The coarse tender status of the Open Contracting Data Standard 1.1 codelist.</summary>
public enum OcdsTenderStatus
{
    /// <summary><c>planning</c></summary>
    Planning = 1,

    /// <summary><c>planned</c></summary>
    Planned = 2,

    /// <summary><c>active</c></summary>
    Active = 3,

    /// <summary><c>cancelled</c></summary>
    Cancelled = 4,

    /// <summary><c>unsuccessful</c></summary>
    Unsuccessful = 5,

    /// <summary><c>complete</c></summary>
    Complete = 6,
}
