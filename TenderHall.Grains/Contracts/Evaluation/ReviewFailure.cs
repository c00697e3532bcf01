namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>One member's finding that a bid fails a criterion, with the reason and the article it rests on (BLR 51).</summary>
[GenerateSerializer, Alias("th.ReviewFailure")]
public sealed class ReviewFailure
{
    /// <summary>The bidder.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The criterion, word for word as the method lists it.</summary>
    [Id(1)] public string Criterion { get; set; } = "";

    /// <summary>Why the bid fails it.</summary>
    [Id(2)] public string Reason { get; set; } = "";

    /// <summary>The article, e.g. "BLR-51".</summary>
    [Id(3)] public string Article { get; set; } = "";
}
