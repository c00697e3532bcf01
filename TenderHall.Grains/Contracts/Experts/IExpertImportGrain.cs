using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>One import of the expert database (key: the file's SHA-256): all rows or none, resumable after a crash.</summary>
public interface IExpertImportGrain : IGrainWithStringKey
{
    /// <summary>Checks every row; applies all when none is rejected. Running it again returns the same report.</summary>
    Task<ImportReport> Run(Actor actor, IReadOnlyList<ImportRow> rows);
}
