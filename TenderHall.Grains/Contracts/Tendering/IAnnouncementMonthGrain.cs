namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The announcements of one month, Beijing time (key: <c>yyyy-MM</c>), newest first.</summary>
public interface IAnnouncementMonthGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces a tender's entry.</summary>
    Task Add(AnnouncementEntry entry);

    /// <summary>How many entries match <paramref name="query"/>, and how many there are.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<AnnouncementCount> Count(string? query);

    /// <summary>The ids of the matching entries from <paramref name="skip"/>, at most <paramref name="take"/>, newest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> Page(string? query, int skip, int take);

    /// <summary>Every tender id of the month.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<string>> Ids();
}
