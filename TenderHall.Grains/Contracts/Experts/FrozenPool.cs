namespace TenderHall.Grains.Contracts.Experts;

/// <summary>One specialty's part of a draw's frozen pool.</summary>
[GenerateSerializer, Alias("th.FrozenPool")]
public sealed record FrozenPool
{
    /// <summary>The eligible experts' pseudonyms, in ordinal order.</summary>
    [Id(0)] public IReadOnlyList<string> Pseudonyms { get; init; } = [];

    /// <summary>The expert id of each pseudonym, at the same position (private to the draw).</summary>
    [Id(1)] public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Expert id → the first recusal ground that applied.</summary>
    [Id(2)] public IReadOnlyDictionary<string, string> Recused { get; init; } = new Dictionary<string, string>();
}
