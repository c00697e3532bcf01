using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>Stored state of <see cref="AnnouncementMonthGrain"/>.</summary>
public sealed class AnnouncementMonthState
{
    /// <summary>The month's entries, newest first.</summary>
    public List<AnnouncementEntry> Entries { get; set; } = [];
}
