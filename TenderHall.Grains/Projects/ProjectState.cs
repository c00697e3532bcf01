using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Projects;

/// <summary>Stored state of <see cref="ProjectGrain"/>.</summary>
public sealed class ProjectState
{
    /// <summary>The registration; null until registered.</summary>
    public ProjectRegistration? Project { get; set; }

    /// <summary>Tenders of this project that traded in the centre.</summary>
    public List<string> Tenders { get; set; } = [];
}
