namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A rejected row of an import and why, by rule.</summary>
[GenerateSerializer, Alias("th.ExpertRowRejection")]
public sealed record RowRejection
{
    /// <summary>Row number (the header is row 1).</summary>
    [Id(0)] public int Row { get; init; }

    /// <summary>The row's expert id, if it had one.</summary>
    [Id(1)] public string Id { get; init; } = "";

    /// <summary>The rule the row breaks.</summary>
    [Id(2)] public string Rule { get; init; } = "";

    /// <summary>The rule's message with the row's values (English; the API localises it).</summary>
    [Id(3)] public Dictionary<string, string> Args { get; init; } = [];
}
