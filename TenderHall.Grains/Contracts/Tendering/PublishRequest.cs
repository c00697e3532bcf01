namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The agency's announcement: schedule, text and the tender documents already in the blob store.</summary>
[GenerateSerializer, Alias("th.PublishRequest")]
public sealed class PublishRequest
{
    /// <summary>Sale window start; omitted, the sale opens the moment the announcement is published.</summary>
    [Id(0)] public DateTimeOffset? SaleStart { get; set; }

    /// <summary>Sale window end.</summary>
    [Id(1)] public DateTimeOffset SaleEnd { get; set; }

    /// <summary>Bid deadline and opening time.</summary>
    [Id(2)] public DateTimeOffset BidDeadline { get; set; }

    /// <summary>Announcement text (招标公告).</summary>
    [Id(3)] public string Announcement { get; set; } = "";

    /// <summary>SHA-256 of the tender documents, uploaded to the blob store first.</summary>
    [Id(4)] public string DocumentSha256 { get; set; } = "";

    /// <summary>Custodians and threshold of the tender's opening key (EBM 27).</summary>
    [Id(5)] public Bidding.CustodyRequest Custody { get; set; } = new();

    /// <summary>The evaluation method the documents fix (BL 19, 40); optional, but a tender without one cannot be evaluated on the platform.</summary>
    [Id(6)] public Evaluation.EvaluationMethod? EvaluationMethod { get; set; }
}
