namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>The private journal of one log subject (key: <c>tender/T-…</c>): whole events and commitment salts, never public.</summary>
public interface IPrivateJournalGrain : IGrainWithStringKey
{
    /// <summary>Keeps <paramref name="entries"/> (one log batch); an index kept before is not kept again.</summary>
    Task Keep(IReadOnlyList<PrivateLogEntry> entries);

    /// <summary>Every entry, in log order: for the opening's disclosure and for supervisors.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<PrivateLogEntry>> Entries();
}
