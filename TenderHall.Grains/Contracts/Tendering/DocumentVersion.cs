namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>One version of the tender documents: the original or an amendment, named by its hash.</summary>
[GenerateSerializer, Alias("th.DocumentVersion")]
public sealed class DocumentVersion
{
    /// <summary>1 for the original, then one more per amendment.</summary>
    [Id(0)] public int Version { get; set; }

    /// <summary>SHA-256 of the document file in the blob store.</summary>
    [Id(1)] public string Sha256 { get; set; } = "";

    /// <summary>Size in bytes.</summary>
    [Id(2)] public long Size { get; set; }

    /// <summary>When it was published.</summary>
    [Id(3)] public DateTimeOffset PublishedAt { get; set; }

    /// <summary>What changed, for amendments.</summary>
    [Id(4)] public string Note { get; set; } = "";
}
