using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>One row of an import file: the profile read from it, or why it could not be read.</summary>
[GenerateSerializer, Alias("th.ExpertImportRow")]
public sealed record ImportRow
{
    /// <summary>Row number in the file (the header is row 1).</summary>
    [Id(0)] public int Row { get; init; }

    /// <summary>The profile, when the row could be read.</summary>
    [Id(1)] public ExpertProfile? Profile { get; init; }

    /// <summary>Why the row could not be read.</summary>
    [Id(2)] public string? Problem { get; init; }
}
