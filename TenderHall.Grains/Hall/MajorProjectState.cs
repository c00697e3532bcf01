using TenderHall.Grains.Contracts.Hall;

namespace TenderHall.Grains.Hall;

/// <summary>Stored state of a project's major mark.</summary>
public sealed class MajorProjectState
{
    /// <summary>The mark; null until the centre first marks the project.</summary>
    public MajorProject? Mark { get; set; }
}
