using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Fees;

/// <summary>Stored state of <see cref="FeeLedgerGrain"/>: the entries of one day and bucket, in posting order.</summary>
public sealed class FeeLedgerState
{
    /// <summary>Posted entries with their voucher numbers.</summary>
    public List<PostedEntry> Entries { get; set; } = [];
}
