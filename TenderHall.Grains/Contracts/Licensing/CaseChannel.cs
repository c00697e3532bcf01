namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Where an application came in.</summary>
public enum CaseChannel
{
    /// <summary>Online, from the public network.</summary>
    Online = 1,

    /// <summary>At a window of the hall.</summary>
    Window = 2,
}
