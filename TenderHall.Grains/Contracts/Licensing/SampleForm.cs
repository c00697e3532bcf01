namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>The sample form (示范文本) of one material, stored in the blob store and downloadable from the item's guide (ALL 30).</summary>
[GenerateSerializer, Alias("th.SampleForm")]
public sealed class SampleForm
{
    /// <summary>The material it is the sample of (one of the item's materials).</summary>
    [Id(0)] public string Material { get; set; } = "";

    /// <summary>The file's SHA-256 in the blob store (upload it first).</summary>
    [Id(1)] public string Sha256 { get; set; } = "";

    /// <summary>The file name offered on download, e.g. "施工许可申请表（示范文本）.pdf".</summary>
    [Id(2)] public string FileName { get; set; } = "";
}
