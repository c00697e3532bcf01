using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Ratings;

namespace TenderHall.Grains.Performance;

/// <summary>The performance figures over case facts: plain functions, tested without a cluster.</summary>
public static class PerformanceRules
{
    /// <summary>The cases accepted inside <paramref name="period"/> (Beijing days of acceptance).</summary>
    public static IEnumerable<CaseFact> Accepted(IEnumerable<CaseFact> facts, PerformancePeriod period) =>
        facts.Where(f => f.AcceptedAt is { } at && period.Contains(BeijingTime.DateOf(at)));

    /// <summary>The figures of <paramref name="id"/> over <paramref name="facts"/> (all accepted).</summary>
    public static PerformanceFigures Figures(string id, IEnumerable<CaseFact> facts)
    {
        var cases = facts.ToList();
        var decided = cases.Where(f => f.DecidedAt is not null).ToList();
        var immediate = decided.Where(f => f.Mode == LicensingMode.Immediate).ToList();
        var onTime = decided.Count(f => !f.Overdue);
        var onTheSpot = immediate.Count(f => f.OnTheSpot == true);
        return new PerformanceFigures
        {
            Id = id, Accepted = cases.Count, Decided = decided.Count, OnTime = onTime, OnTimeRate = Rate(onTime, decided.Count),
            ImmediateDecided = immediate.Count, OnTheSpot = onTheSpot, OnTheSpotRate = Rate(onTheSpot, immediate.Count),
            Overdue = cases.Count(f => f.Overdue),
            AverageHandlingWorkingDays = decided.Count == 0 ? 0 : Math.Round((decimal)decided.Sum(f => f.HandlingWorkingDays ?? 0) / decided.Count, 2),
        };
    }

    /// <summary>
    /// A department's performance over <paramref name="period"/>: fast-track cases apart, per window and per officer; an
    /// officer's row carries the ratings attributed to them and given in the period, and an officer only rated has a row too.
    /// </summary>
    public static DepartmentPerformance Department(string departmentId, IReadOnlyCollection<CaseFact> facts, IReadOnlyCollection<RatingFact> ratings, PerformancePeriod period)
    {
        var accepted = Accepted(facts, period).ToList();
        var rated = ratings.Where(r => period.Contains(BeijingTime.DateOf(r.RatedAt))).ToList();
        var officers = accepted.Select(f => f.Officer).Concat(rated.Select(r => r.Officer)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new DepartmentPerformance
        {
            DepartmentId = departmentId,
            All = Figures(departmentId, accepted),
            Regular = Figures(departmentId, accepted.Where(f => !f.FastTrack)),
            FastTrack = Figures(departmentId, accepted.Where(f => f.FastTrack)),
            Windows = [.. accepted.GroupBy(f => f.WindowId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Figures(g.Key, g))],
            Officers = [.. officers.Select(o => Officer(o, accepted, rated))],
            ByStatus = facts.GroupBy(f => f.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static PerformanceFigures Officer(string officer, IEnumerable<CaseFact> accepted, IEnumerable<RatingFact> rated)
    {
        var figures = Figures(officer, accepted.Where(f => f.Officer == officer));
        var own = rated.Where(r => r.Officer == officer).ToList();
        figures.Ratings = RatingRules.Tally(officer, own.Where(r => !r.Excluded).Select(r => (r.RatingId, r.Level)), own.Count(r => r.Excluded));
        return figures;
    }

    private static decimal Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 4);
}
