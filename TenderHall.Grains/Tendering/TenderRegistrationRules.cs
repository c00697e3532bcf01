using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>A tender registration against its project's approved tender scheme.</summary>
public static class TenderRegistrationRules
{
    /// <summary>Largest deposit as a share of the estimated price: 2 % (BLR 26).</summary>
    public const decimal DepositCap = 0.02m;

    /// <summary>Throws the first rule the registration breaks.</summary>
    public static void Validate(TenderRegistration registration, ProjectRegistration project)
    {
        if (string.IsNullOrWhiteSpace(registration.Title) || registration.Title.Length > 200)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "title"), ("detail", "1-200 characters"));
        if (registration.EstimatedPriceFen <= 0)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "estimatedPriceFen"), ("detail", "must be positive"));
        if (registration.DocumentFeeFen < 0)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "documentFeeFen"), ("detail", "cannot be negative"));
        // BLR 7: the tender must follow the approved scheme: scope, method and organisation.
        if (!project.Scheme.Scope.Contains(registration.Lot))
            throw Mismatch("lot", registration.Lot, string.Join(", ", project.Scheme.Scope));
        if (registration.Method != project.Scheme.Method)
            throw Mismatch("method", registration.Method.ToString(), project.Scheme.Method.ToString());
        if (registration.Organisation != project.Scheme.Organisation)
            throw Mismatch("organisation", registration.Organisation.ToString(), project.Scheme.Organisation.ToString());
        if (registration.AgencyId != project.AgencyId)
            throw Mismatch("agency", registration.AgencyId, project.AgencyId);
        // BLR 26: the deposit may not exceed 2 % of the estimated price.
        var cap = (long)Math.Floor(registration.EstimatedPriceFen * DepositCap);
        if (registration.DepositFen < 0 || registration.DepositFen > cap)
            throw RuleViolationException.Of("BLR-26", ("deposit", registration.DepositFen), ("cap", cap));
        registration.Regime = project.Regime;
    }

    private static RuleViolationException Mismatch(string field, string registered, string approved) =>
        RuleViolationException.Of("BLR-7-SCHEME", ("field", field), ("registered", registered), ("approved", approved));
}
