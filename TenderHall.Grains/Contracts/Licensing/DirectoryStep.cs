namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One step of a directory proposal: who, when, and the opinion.</summary>
[GenerateSerializer, Alias("th.DirectoryStep")]
public sealed class DirectoryStep
{
    /// <summary>The user who took the step.</summary>
    [Id(0)] public string By { get; set; } = "";

    /// <summary>Their organisation (department, centre or provincial government).</summary>
    [Id(1)] public string? OrganizationId { get; set; }

    /// <summary>When.</summary>
    [Id(2)] public DateTimeOffset At { get; set; }

    /// <summary>The reason or opinion.</summary>
    [Id(3)] public string Opinion { get; set; } = "";

    /// <summary>Whether the step let the proposal go on (false: returned).</summary>
    [Id(4)] public bool Favourable { get; set; }
}
