using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>Who may do what to a tender.</summary>
public sealed partial class Tender
{
    private TenderRegistration Registration => state.Registration ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", Id));

    private TenderRegistration RequireAgency(Actor actor)
    {
        var registration = Registration;
        // Only the agency running the tender speaks for the tenderee.
        if (actor.OrganizationId != registration.AgencyId) throw RuleViolationException.Of("TENDER-OWNER", ("id", Id));
        return registration;
    }

    private static void RequireRole(Actor actor, string role)
    {
        if (!actor.Is(role)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
    }

    private void RequireTrigger(TenderTrigger trigger, string action)
    {
        if (!lifecycle.CanFire(trigger))
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", action));
    }

    private void RequireStatus(string action, params TenderStatus[] allowed)
    {
        if (!allowed.Contains(state.Status))
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", action));
    }

    private static string Text(string? text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > max)
            throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", $"1-{max} characters"));
        return text.Trim();
    }
}
