using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>Stored state of <see cref="ExpertImportGrain"/>: the report and, while applying, the profiles still to write.</summary>
public sealed class ImportState
{
    /// <summary>The report, once the rows were checked.</summary>
    public ImportReport? Report { get; set; }

    /// <summary>Checked profiles not yet written (emptied as they are).</summary>
    public List<ExpertProfile> Pending { get; set; } = [];
}
