namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>What the announcement list searches and sorts by: fields fixed once a tender is announced.</summary>
[GenerateSerializer, Alias("th.AnnouncementEntry")]
public sealed record AnnouncementEntry(
    [property: Id(0)] string TenderId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Lot,
    [property: Id(3)] string ProjectCode,
    [property: Id(4)] DateTimeOffset AnnouncedAt)
{
    /// <summary>Whether <paramref name="query"/> (null or blank: everything) occurs in the title, lot or project code.</summary>
    public bool Matches(string? query) =>
        string.IsNullOrWhiteSpace(query)
        || Title.Contains(query, StringComparison.OrdinalIgnoreCase)
        || Lot.Contains(query, StringComparison.OrdinalIgnoreCase)
        || ProjectCode.Contains(query, StringComparison.OrdinalIgnoreCase);
}
