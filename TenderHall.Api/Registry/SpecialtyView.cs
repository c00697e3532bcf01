namespace TenderHall.Api.Registry;

/// <summary>A specialty of the expert database.</summary>
/// <param name="Code">Specialty code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Experts">How many experts are registered with it.</param>
public sealed record SpecialtyView(string Code, string NameZh, string NameEn, int Experts);
