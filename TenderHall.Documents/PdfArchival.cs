namespace TenderHall.Documents;

/// <summary>
/// A document made for a tender's archive: written as PDF/A, with XMP metadata naming the tender and its project
/// (docs/archive.md, "PDF/A").
/// </summary>
/// <param name="TenderId">The tender's id.</param>
/// <param name="ProjectCode">The code of the project it belongs to.</param>
public sealed record PdfArchival(string TenderId, string ProjectCode)
{
    /// <summary>The metadata keywords (Info /Keywords, XMP <c>pdf:Keywords</c>): <c>tender:{id}; project:{code}</c>.</summary>
    public string Keywords => $"tender:{TenderId}; project:{ProjectCode}";
}
