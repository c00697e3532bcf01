using TenderHall.Grains.Contracts.Experts;

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

    /// <summary>When the expert entered the database.</summary>
    [Id(7)] public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Title level; BL 37 admits only <see cref="TitleLevel.Senior"/> and <see cref="TitleLevel.Equivalent"/>.</summary>
    [Id(8)] public TitleLevel TitleLevel { get; set; }

    /// <summary>Years of work in the field (BL 37: at least eight).</summary>
    [Id(9)] public int YearsInField { get; set; }

    /// <summary>Administrative division code of where the expert works (GB/T 2260), e.g. 460100; for the optional region rule.</summary>
    [Id(10)] public string Region { get; set; } = "";

    /// <summary>Mobile number for the voice/SMS notice of a draw; only the centre sees it.</summary>
    [Id(11)] public string Mobile { get; set; } = "";

    /// <summary>Current status.</summary>
    [Id(12)] public ExpertStatus Status { get; set; }

    /// <summary>Every status change, oldest first.</summary>
    [Id(13)] public List<StatusChange> StatusHistory { get; set; } = [];

    /// <summary>Past employers (the current one is <see cref="EmployerCreditCode"/>).</summary>
    [Id(14)] public List<Employment> PastEmployers { get; set; } = [];

    /// <summary>Declared relationships with organisations.</summary>
    [Id(15)] public List<DeclaredRelationship> Relationships { get; set; } = [];

    /// <summary>Periods the expert cannot evaluate.</summary>
    [Id(16)] public List<Unavailability> Unavailable { get; set; } = [];

    /// <summary>Penalties recorded against the expert.</summary>
    [Id(17)] public List<Penalty> Penalties { get; set; } = [];

    /// <summary>Ratings after evaluations.</summary>
    [Id(18)] public List<ExpertRating> Ratings { get; set; } = [];

    /// <summary>Draws that seated the expert.</summary>
    [Id(19)] public List<DrawnRecord> Draws { get; set; } = [];

    /// <summary>Appeals against suspensions.</summary>
    [Id(20)] public List<ExpertAppeal> Appeals { get; set; } = [];
}
