namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One material of an application: the item's material it answers and the uploaded file's SHA-256.</summary>
[GenerateSerializer, Alias("th.CaseMaterial")]
public sealed class CaseMaterial
{
    /// <summary>The published material's name (申报材料), as in the item's guide.</summary>
    [Id(0)] public string Name { get; set; } = "";

    /// <summary>SHA-256 (hex) of the file in the blob store.</summary>
    [Id(1)] public string Sha256 { get; set; } = "";
}
