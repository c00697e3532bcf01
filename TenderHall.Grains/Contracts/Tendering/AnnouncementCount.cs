namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>How many announcements of one month match a query, and how many it holds.</summary>
[GenerateSerializer, Alias("th.AnnouncementCount")]
public sealed record AnnouncementCount([property: Id(0)] int Matches, [property: Id(1)] int Total);
