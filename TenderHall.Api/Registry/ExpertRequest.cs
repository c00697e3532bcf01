using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Api.Registry;

/// <summary>Entry of an expert into the expert database.</summary>
/// <param name="Id">Expert id, e.g. <c>expert-0042</c>.</param>
/// <param name="Name">Full name.</param>
/// <param name="Specialties">Specialty codes (see <c>/api/v1/specialties</c>).</param>
/// <param name="EmployerCreditCode">Employer's unified social credit code, for recusal checks.</param>
/// <param name="EmployerName">Employer's name.</param>
/// <param name="Title">Professional title.</param>
/// <param name="TitleLevel">Title level (BL 37: Senior, or Equivalent as recognised by the centre).</param>
/// <param name="YearsInField">Years of work in the field (BL 37: at least 8).</param>
/// <param name="Region">Six-digit division code (GB/T 2260) of where the expert works.</param>
/// <param name="Mobile">Mobile number for draw notices.</param>
/// <param name="PastEmployers">Past employers, for recusal.</param>
/// <param name="Relationships">Declared relationships, for recusal.</param>
public sealed record ExpertRequest(
    string Id, string Name, IReadOnlyList<string>? Specialties, string EmployerCreditCode, string EmployerName, string Title,
    TitleLevel TitleLevel, int YearsInField, string? Region, string? Mobile, IReadOnlyList<Employment>? PastEmployers, IReadOnlyList<DeclaredRelationship>? Relationships);
