namespace TenderHall.Grains.Contracts.Experts;

/// <summary>What one draw freezes its pool with: the recusal context fixed at request time and the draw's pseudonym key.</summary>
[GenerateSerializer, Alias("th.PoolFreeze")]
public sealed record PoolFreeze
{
    /// <summary>Bidders, the tenderee and the agency, by unified social credit code.</summary>
    [Id(0)] public IReadOnlyList<string> InterestedCreditCodes { get; init; } = [];

    /// <summary>The requesting agency, for the recent-draws rule.</summary>
    [Id(1)] public string AgencyId { get; init; } = "";

    /// <summary>When the evaluation starts.</summary>
    [Id(2)] public DateTimeOffset EvaluationAt { get; init; }

    /// <summary>The request time.</summary>
    [Id(3)] public DateTimeOffset Now { get; init; }

    /// <summary>Division codes of the optional region rule; empty for none.</summary>
    [Id(4)] public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>The draw's secret 32-byte pseudonym key.</summary>
    [Id(5)] public byte[] PseudonymKey { get; init; } = [];
}
