namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A clarification: the questions it answers, its text, and optionally amended documents.</summary>
[GenerateSerializer, Alias("th.ClarifyRequest")]
public sealed class ClarifyRequest
{
    /// <summary>Numbers of the questions answered.</summary>
    [Id(0)] public List<int> Answers { get; set; } = [];

    /// <summary>The clarification text.</summary>
    [Id(1)] public string Text { get; set; } = "";

    /// <summary>SHA-256 of amended documents in the blob store, if the documents change.</summary>
    [Id(2)] public string? AmendmentSha256 { get; set; }

    /// <summary>What the amendment changes.</summary>
    [Id(3)] public string? AmendmentNote { get; set; }
}
