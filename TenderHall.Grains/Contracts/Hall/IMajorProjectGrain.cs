using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Hall;

/// <summary>The centre's major-project mark of one project (key: the project code).</summary>
public interface IMajorProjectGrain : IGrainWithStringKey
{
    /// <summary>The centre marks the project major, or takes the mark off, with the reason.</summary>
    Task<MajorProject> Mark(bool major, string reason, Actor actor);

    /// <summary>Whether the project is marked major now.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<bool> IsMajor();

    /// <summary>The mark, or null when the centre never marked the project.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<MajorProject?> Get();
}
