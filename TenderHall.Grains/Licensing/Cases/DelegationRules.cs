using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>A chief representative acts only inside the delegation of the department head (seed: 首席代表制).</summary>
public static class DelegationRules
{
    /// <summary>Throws <c>LIC-DELEGATION</c> unless <paramref name="delegation"/> covers the item, the amount and the day.</summary>
    public static void Require(ChiefDelegation? delegation, LicensingItem item, CaseApplication application, DateOnly today)
    {
        if (delegation is null) Refuse("no delegation from the department head");
        if (!delegation.ItemCodes.Contains(item.Code, StringComparer.Ordinal)) Refuse($"item {item.Code} is not delegated");
        if (today < delegation.ValidFrom || today > delegation.ValidUntil)
            Refuse($"the delegation is valid {delegation.ValidFrom:yyyy-MM-dd} to {delegation.ValidUntil:yyyy-MM-dd}, not on {today:yyyy-MM-dd}");
        if (application.AmountYuan is { } amount && (delegation.MaxAmountYuan is not { } max || amount > max))
            Refuse($"the case amount {amount} yuan is above the delegated limit of {delegation.MaxAmountYuan?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"} yuan");
    }

    /// <summary>Throws <c>LIC-DELEGATION-GRANT</c> when a delegation is malformed.</summary>
    public static void Validate(ChiefDelegation delegation)
    {
        if (delegation.ItemCodes.Count == 0 || delegation.ItemCodes.Any(string.IsNullOrWhiteSpace)) Invalid("name at least one item code");
        if (delegation.ValidUntil < delegation.ValidFrom) Invalid("validUntil is before validFrom");
        if (delegation.MaxAmountYuan is < 0) Invalid("maxAmountYuan is negative");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Refuse(string detail) => throw RuleViolationException.Of("LIC-DELEGATION", ("detail", detail));

    private static void Invalid(string detail) => throw RuleViolationException.Of("LIC-DELEGATION-GRANT", ("detail", detail));
}
