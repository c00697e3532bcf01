namespace TenderHall.Grains.Contracts.Award;

/// <summary>The contract's figures and the platform-signed draft already stored.</summary>
[GenerateSerializer, Alias("th.ContractDraft")]
public sealed class ContractDraft
{
    /// <summary>Contract value in fen.</summary>
    [Id(0)] public long ValueFen { get; set; }

    /// <summary>Performance bond in fen (BLR 58).</summary>
    [Id(1)] public long PerformanceBondFen { get; set; }

    /// <summary>SHA-256 of the draft PDF.</summary>
    [Id(2)] public string PdfSha256 { get; set; } = "";
}
