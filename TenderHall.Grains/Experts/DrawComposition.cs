using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Experts;

/// <summary>The composition of a requested committee (BL 37) and whether the pool can fill it (BLR 46).</summary>
public static class DrawComposition
{
    /// <summary>Most backups per specialty.</summary>
    public const int MaxBackups = 10;

    /// <summary>Throws <c>DRAW-COMPOSITION</c> unless the request describes a lawful committee; orders the seats by specialty.</summary>
    public static void Validate(DrawRequest request)
    {
        // BL 37: five or more members, an odd number, technical and economic experts at least two thirds.
        var experts = request.Seats.Sum(s => s.Seats);
        if (request.CommitteeSize < 5 || request.CommitteeSize % 2 == 0)
            throw Refused($"the committee has {request.CommitteeSize} members; it needs at least 5 and an odd number");
        if (request.TendereeSeats < 0 || experts + request.TendereeSeats != request.CommitteeSize)
            throw Refused($"{experts} expert seats and {request.TendereeSeats} tenderee seats do not make {request.CommitteeSize}");
        if (3 * experts < 2 * request.CommitteeSize)
            throw Refused($"{experts} of {request.CommitteeSize} seats are experts; at least two thirds must be");
        if (request.Seats.Count == 0 || request.Seats.Any(s => !Specialties.IsKnown(s.Specialty) || s.Seats < 1 || s.Backups is < 0 or > MaxBackups))
            throw Refused($"each specialty needs a known code, at least one seat and 0-{MaxBackups} backups");
        if (request.Seats.Select(s => s.Specialty).Distinct().Count() != request.Seats.Count)
            throw Refused("each specialty is named once");
        request.Seats = [.. request.Seats.OrderBy(s => s.Specialty, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Throws <c>DRAW-POOL</c> unless every specialty's eligible pool can fill its seats whatever the earlier specialties
    /// (in code order) took: its count must reach its seats plus everything drawn before it.
    /// </summary>
    public static void RequireFillable(DrawRequest request, IReadOnlyDictionary<string, IReadOnlyList<string>> pool)
    {
        var before = 0;
        foreach (var seats in request.Seats)
        {
            var available = pool.TryGetValue(seats.Specialty, out var members) ? members.Count : 0;
            if (available < seats.Seats + seats.Backups + before)
                throw RuleViolationException.Of("DRAW-POOL", ("specialty", seats.Specialty), ("eligible", available), ("needed", seats.Seats + seats.Backups + before));
            before += seats.Seats + seats.Backups;
        }
    }

    private static RuleViolationException Refused(string detail) => RuleViolationException.Of("DRAW-COMPOSITION", ("detail", detail));
}
