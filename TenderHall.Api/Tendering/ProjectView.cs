using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Api.Tendering;

/// <summary>A project and the tenders that traded it in the centre.</summary>
/// <param name="Project">The registration.</param>
/// <param name="Tenders">Tender ids.</param>
public sealed record ProjectView(ProjectRegistration Project, IReadOnlyList<string> Tenders);
