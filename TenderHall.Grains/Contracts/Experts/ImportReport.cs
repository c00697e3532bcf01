namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The outcome of an import: every row applied, or none and every rejected row with its reason.</summary>
[GenerateSerializer, Alias("th.ExpertImportReport")]
public sealed class ImportReport
{
    /// <summary>The import's id: the SHA-256 of the file.</summary>
    [Id(0)] public string ImportId { get; set; } = "";

    /// <summary>Data rows in the file.</summary>
    [Id(1)] public int Rows { get; set; }

    /// <summary>Whether every row was applied; false means nothing was.</summary>
    [Id(2)] public bool Applied { get; set; }

    /// <summary>Experts newly entered.</summary>
    [Id(3)] public int Entered { get; set; }

    /// <summary>Experts updated.</summary>
    [Id(4)] public int Updated { get; set; }

    /// <summary>Rejected rows; any one of them stops the whole import.</summary>
    [Id(5)] public List<RowRejection> Rejected { get; set; } = [];
}
