namespace TenderHall.Grains.Contracts.Award;

/// <summary>The winner the tenderee determined (定标, BLR 55) and the notices that told everyone at the same instant (BL 45).</summary>
[GenerateSerializer, Alias("th.AwardDecision")]
public sealed class AwardDecision
{
    /// <summary>The winner's organization id.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The winner's registered name.</summary>
    [Id(1)] public string BidderName { get; set; } = "";

    /// <summary>The winner's rank among the candidates (BLR 53).</summary>
    [Id(2)] public int Rank { get; set; }

    /// <summary>The winning price in CNY as opened.</summary>
    [Id(3)] public decimal Price { get; set; }

    /// <summary>Why this candidate: the first-ranked rule, the fall-through, or the tenderee's recorded reason.</summary>
    [Id(4)] public string Reason { get; set; } = "";

    /// <summary>When the notices went out.</summary>
    [Id(5)] public DateTimeOffset DecidedAt { get; set; }

    /// <summary>SHA-256 of the signed award notice (中标通知书) to the winner.</summary>
    [Id(6)] public string NoticePdfSha256 { get; set; } = "";

    /// <summary>SHA-256 of the signed result notice (中标结果通知书) to every other bidder.</summary>
    [Id(7)] public string ResultPdfSha256 { get; set; } = "";

    /// <summary>When the winner gave up or failed its performance bond (BLR 55, 58); null while it stands.</summary>
    [Id(8)] public DateTimeOffset? DeclinedAt { get; set; }

    /// <summary>Why it fell away.</summary>
    [Id(9)] public string? DeclineReason { get; set; }
}
