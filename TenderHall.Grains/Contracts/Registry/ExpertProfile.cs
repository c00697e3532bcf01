namespace TenderHall.Grains.Contracts.Registry;

/// <summary>An evaluation expert in the centre's expert database (BLR 45-46).</summary>
[GenerateSerializer, Alias("th.ExpertProfile")]
public sealed class ExpertProfile
{
    /// <summary>Expert id (also the grain key).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Full name.</summary>
    [Id(1)] public string Name { get; set; } = "";

    /// <summary>Specialty codes from <see cref="Specialties"/>; an expert may be drawn for any of them.</summary>
    [Id(2)] public List<string> Specialties { get; set; } = [];

    /// <summary>Unified social credit code of the employer, for recusal checks (评标委员会和评标方法暂行规定 Art 12).</summary>
    [Id(3)] public string EmployerCreditCode { get; set; } = "";

    /// <summary>Employer name.</summary>
    [Id(4)] public string EmployerName { get; set; } = "";

    /// <summary>Professional title, e.g. 高级工程师.</summary>
    [Id(5)] public string Title { get; set; } = "";

    /// <summary>Whether the expert may currently be drawn.</summary>
    [Id(6)] public bool Active { get; set; } = true;

    /// <summary>When the expert entered the database.</summary>
    [Id(7)] public DateTimeOffset RegisteredAt { get; set; }
}
