namespace TenderHall.Grains.Contracts.Award;

/// <summary>The tenderee's choice of winner with the signed notices already stored (a promise only once it is durable).</summary>
[GenerateSerializer, Alias("th.AwardRequest")]
public sealed class AwardRequest
{
    /// <summary>The candidate chosen.</summary>
    [Id(0)] public string WinnerId { get; set; } = "";

    /// <summary>The recorded reason (required unless the first-ranked candidate is chosen).</summary>
    [Id(1)] public string? Reason { get; set; }

    /// <summary>SHA-256 of the signed award notice.</summary>
    [Id(2)] public string NoticePdfSha256 { get; set; } = "";

    /// <summary>SHA-256 of the signed result notice to the other bidders.</summary>
    [Id(3)] public string ResultPdfSha256 { get; set; } = "";
}
