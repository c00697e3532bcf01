namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>Keys of the ratings' grains.</summary>
public static class RatingKeys
{
    /// <summary>The directory index of the departments that have been rated.</summary>
    public const string Departments = "rating:departments";

    /// <summary>The directory index of the windows that have been rated.</summary>
    public const string Windows = "rating:windows";

    /// <summary>Prefix of the ids of visit ratings.</summary>
    public const string VisitPrefix = "visit-";

    /// <summary>The rating of the hall visit of ticket <paramref name="code"/> at <paramref name="windowId"/> on <paramref name="date"/> (一次一评).</summary>
    public static string OfVisit(string windowId, DateOnly date, string code) =>
        $"{VisitPrefix}{windowId}-{date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}-{code.ToUpperInvariant()}";

    /// <summary>The key of the per-window tally of <paramref name="windowId"/> (department tallies are keyed by the department id).</summary>
    public static string WindowTally(string windowId) => "window:" + windowId;

    /// <summary>The rating of case <paramref name="caseNumber"/> (一事一评).</summary>
    public static string OfCase(string caseNumber) => "case-" + caseNumber;
}
