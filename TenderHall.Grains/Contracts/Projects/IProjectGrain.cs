namespace TenderHall.Grains.Contracts.Projects;

/// <summary>A registered project, keyed by its national investment-project code.</summary>
public interface IProjectGrain : IGrainWithStringKey
{
    /// <summary>Registers the project; a retry with the same details returns it.</summary>
    Task<ProjectRegistration> Register(ProjectRegistration registration);

    /// <summary>The registration, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ProjectRegistration?> Get();

    /// <summary>Records that a tender of this project traded in the centre (used by downstream gating).</summary>
    Task AddTender(string tenderId);

    /// <summary>The tenders of this project.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> Tenders();
}
