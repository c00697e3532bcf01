using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Grains.Experts;

/// <summary>When poor ratings suspend an expert, per the centre's rules (<see cref="ExpertPolicy"/>).</summary>
public static class ExpertRatingRules
{
    /// <summary>Why <paramref name="ratings"/> suspend the expert at <paramref name="now"/>, or null when they do not.</summary>
    public static string? SuspensionReason(IReadOnlyList<ExpertRating> ratings, DateTimeOffset now, ExpertPolicy policy)
    {
        var absences = ratings.Count(r => r.Attendance == 1 && r.At > now.AddYears(-1));
        if (absences >= policy.SuspendAfterAbsences)
            return $"{absences} absences within a year (limit {policy.SuspendAfterAbsences})";
        var window = ratings.OrderBy(r => r.At).TakeLast(policy.RatingWindow).ToList();
        if (window.Count < policy.RatingWindow) return null;
        var mean = window.Average(r => r.Mean);
        return mean < policy.SuspendBelowMean
            ? $"mean rating {mean.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} over the last {window.Count} ratings is below {policy.SuspendBelowMean.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : null;
    }

    /// <summary>The status in force at <paramref name="now"/>: a suspension with an end date lapses by itself.</summary>
    public static ExpertStatus Effective(Contracts.Registry.ExpertProfile profile, DateTimeOffset now) =>
        profile.Status == ExpertStatus.Suspended && profile.StatusHistory.LastOrDefault() is { Until: { } until } && until <= now
            ? ExpertStatus.Active
            : profile.Status;
}
