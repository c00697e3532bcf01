namespace TenderHall.Grains.Contracts.Award;

/// <summary>One party's signature of the contract PDF, embedded as an incremental update.</summary>
[GenerateSerializer, Alias("th.ContractSignature")]
public sealed class ContractSignature
{
    /// <summary>The signing party's organization id (the agency for the tenderee, or the winner).</summary>
    [Id(0)] public string OrganizationId { get; set; } = "";

    /// <summary>Who signed.</summary>
    [Id(1)] public string UserName { get; set; } = "";

    /// <summary>Key id of the organisation's registered signing key.</summary>
    [Id(2)] public string KeyId { get; set; } = "";

    /// <summary>When.</summary>
    [Id(3)] public DateTimeOffset SignedAt { get; set; }

    /// <summary>SHA-256 of the PDF carrying this signature.</summary>
    [Id(4)] public string PdfSha256 { get; set; } = "";
}
