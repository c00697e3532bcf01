using System.Globalization;

namespace TenderHall.Grains.Contracts.Hall;

/// <summary>Keys of the hall's grains and indexes.</summary>
public static class HallKeys
{
    /// <summary>The queue of window <paramref name="windowId"/> on Beijing day <paramref name="date"/>.</summary>
    public static string Queue(string windowId, DateOnly date) => $"{windowId}/{Day(date)}";

    /// <summary>The directory index of the windows that gave out tickets on <paramref name="date"/> (the board's windows).</summary>
    public static string WindowsOf(DateOnly date) => $"hall:windows:{Day(date)}";

    /// <summary>The directory index of the projects the centre marked as major.</summary>
    public const string MajorProjects = "hall:major-projects";

    /// <summary>A day as <c>yyyy-MM-dd</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
