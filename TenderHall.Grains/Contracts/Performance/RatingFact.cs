using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Grains.Contracts.Performance;

/// <summary>
/// What the officer figures need of one rating, as the rating grain reports it after each change: a value, so a report
/// repeated (a retry, a replay on activation) changes nothing.
/// </summary>
[GenerateSerializer, Alias("th.RatingFact")]
public sealed record RatingFact
{
    /// <summary>The rating's id (<c>case-…</c> or <c>visit-…</c>).</summary>
    [Id(0)] public string RatingId { get; init; } = "";

    /// <summary>The officer the rating is attributed to: who decided (else delivered, else accepted) the case, or who served the ticket; empty when unknown.</summary>
    [Id(1)] public string Officer { get; init; } = "";

    /// <summary>The window whose service was rated.</summary>
    [Id(2)] public string WindowId { get; init; } = "";

    /// <summary>The level.</summary>
    [Id(3)] public RatingLevel Level { get; init; }

    /// <summary>When it was given (its Beijing day decides the period it counts in).</summary>
    [Id(4)] public DateTimeOffset RatedAt { get; init; }

    /// <summary>True once an upheld appeal took it out of the results.</summary>
    [Id(5)] public bool Excluded { get; init; }
}
