namespace TenderHall.Api.Registry;

/// <summary>Entry of an expert into the expert database.</summary>
/// <param name="Id">Expert id, e.g. <c>expert-0042</c>.</param>
/// <param name="Name">Full name.</param>
/// <param name="Specialties">Specialty codes (see <c>/api/v1/specialties</c>).</param>
/// <param name="EmployerCreditCode">Employer's unified social credit code, for recusal checks.</param>
/// <param name="EmployerName">Employer's name.</param>
/// <param name="Title">Professional title.</param>
public sealed record ExpertRequest(string Id, string Name, IReadOnlyList<string>? Specialties, string EmployerCreditCode, string EmployerName, string Title);
