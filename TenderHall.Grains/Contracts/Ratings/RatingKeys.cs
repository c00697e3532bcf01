namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>Keys of the ratings' grains.</summary>
public static class RatingKeys
{
    /// <summary>The directory index of the departments that have been rated.</summary>
    public const string Departments = "rating:departments";

    /// <summary>The rating of case <paramref name="caseNumber"/> (一事一评).</summary>
    public static string OfCase(string caseNumber) => "case-" + caseNumber;
}
