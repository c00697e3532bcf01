using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>The checks on entry into the expert database (BL 37, BLR 45), used by registration and by import alike.</summary>
public static class ExpertEntryRules
{
    /// <summary>BL 37: at least eight years in the field.</summary>
    public const int MinimumYears = 8;

    /// <summary>The first rule <paramref name="profile"/> breaks, or null; normalises its specialty list.</summary>
    public static RuleViolationException? Check(ExpertProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Id) || profile.Id.Length > 64)
            return Invalid("id must have 1-64 characters");
        if (string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > 100)
            return Invalid("name must have 1-100 characters");
        if (profile.Specialties.Count == 0 || profile.Specialties.Any(s => !Specialties.IsKnown(s)))
            return Invalid("specialties must be known specialty codes: " + string.Join(", ", Specialties.All.Keys));
        // BL 37: eight years in the field and a senior title or an equivalent professional level.
        if (profile.YearsInField < MinimumYears || profile.TitleLevel is not (TitleLevel.Senior or TitleLevel.Equivalent))
            return RuleViolationException.Of("EXPERT-ENTRY", ("years", profile.YearsInField), ("level", profile.TitleLevel));
        if (profile.Region.Length != 6 || !profile.Region.All(char.IsAsciiDigit))
            return Invalid("region must be a six-digit division code (GB/T 2260)");
        var codes = new[] { profile.EmployerCreditCode }.Concat(profile.PastEmployers.Select(e => e.CreditCode)).Concat(profile.Relationships.Select(r => r.CreditCode));
        foreach (var code in codes)
        {
            try { CreditCode.Validate(code); }
            catch (RuleViolationException e) { return e; }
        }

        if (profile.PastEmployers.FirstOrDefault(e => e.To is { } to && to < e.From) is { } backwards)
            return Invalid($"the employment at {backwards.CreditCode} ends before it begins");
        profile.Specialties = [.. profile.Specialties.Distinct().Order(StringComparer.Ordinal)];
        return null;
    }

    /// <summary>Throws the first rule <paramref name="profile"/> breaks.</summary>
    public static void Validate(ExpertProfile profile)
    {
        if (Check(profile) is { } violation) throw violation;
    }

    private static RuleViolationException Invalid(string detail) => RuleViolationException.Of("DIR-EXPERT", ("detail", detail));
}
