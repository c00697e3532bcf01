namespace TenderHall.Benchmarks.Faults;

/// <summary>One bidder's attempts in a drill: every answer it got, and the receipt it finally holds.</summary>
public sealed class BidderRun(string bidderId)
{
    /// <summary>The bidder.</summary>
    public string BidderId { get; } = bidderId;

    /// <summary>Every answer in order: an HTTP status (<c>201</c>, <c>503</c>, <c>409 IDEMPOTENCY-IN-FLIGHT</c>, …) or <c>dropped</c>.</summary>
    public List<string> Answers { get; } = [];

    /// <summary>Refusals answered 503 without a <c>Retry-After</c> header.</summary>
    public int WithoutRetryAfter { get; set; }

    /// <summary>The receipt's envelope hash and log index, once receipted.</summary>
    public (string EnvelopeSha256, long Index)? Receipt { get; set; }

    /// <summary>From the start of the surge to the receipt.</summary>
    public TimeSpan? ReceiptedAfter { get; set; }
}
