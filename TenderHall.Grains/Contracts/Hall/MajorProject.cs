namespace TenderHall.Grains.Contracts.Hall;

/// <summary>The centre's mark on a project as major (重大项目): its tickets and cases go to the fast-track window (特事特办).</summary>
[GenerateSerializer, Alias("th.MajorProject")]
public sealed class MajorProject
{
    /// <summary>The national project code.</summary>
    [Id(0)] public string ProjectCode { get; set; } = "";

    /// <summary>Whether it is marked major now.</summary>
    [Id(1)] public bool Major { get; set; }

    /// <summary>Why (e.g. the provincial list of major projects it is on).</summary>
    [Id(2)] public string Reason { get; set; } = "";

    /// <summary>When the mark last changed.</summary>
    [Id(3)] public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Who changed it.</summary>
    [Id(4)] public string ChangedBy { get; set; } = "";
}
