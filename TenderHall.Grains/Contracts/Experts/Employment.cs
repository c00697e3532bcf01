using TenderHall.Grains.Contracts.Registry;
namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A past or present employer, for the recusal of employees of bidders and of the tenderee.</summary>
[GenerateSerializer, Alias("th.ExpertEmployment")]
public sealed record Employment
{
    /// <summary>The employer's unified social credit code.</summary>
    [Id(0)] public string CreditCode { get; init; } = "";

    /// <summary>The employer's name.</summary>
    [Id(1)] public string Name { get; init; } = "";

    /// <summary>When the employment began.</summary>
    [Id(2)] public DateOnly From { get; init; }

    /// <summary>When it ended; null while it lasts.</summary>
    [Id(3)] public DateOnly? To { get; init; }
}
