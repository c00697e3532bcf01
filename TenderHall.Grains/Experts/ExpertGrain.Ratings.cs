using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Experts;

/// <summary>Ratings after an evaluation, the suspension they may bring, and the appeal against it.</summary>
public sealed partial class ExpertGrain
{
    /// <inheritdoc />
    public async Task<ExpertProfile> Rate(Actor actor, ExpertRating rating)
    {
        var profile = Profile;
        var drawn = profile.Draws.FirstOrDefault(d => d.TenderId == rating.TenderId)
                    ?? throw RuleViolationException.Of("EXPERT-RATING", ("detail", $"the expert was not drawn for tender {rating.TenderId}"));
        // The agency that requested the draw and supervision rate; nobody else.
        var role = actor.Is(Roles.Supervisor) ? Roles.Supervisor
            : actor.Is(Roles.Agency) && actor.OrganizationId == drawn.AgencyId ? Roles.Agency
            : throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (new[] { rating.Attendance, rating.Independence, rating.Quality }.Any(v => v is < 1 or > 5))
            throw RuleViolationException.Of("EXPERT-RATING", ("detail", "attendance, independence and quality are each rated 1 to 5"));
        if (profile.Ratings.Any(r => r.TenderId == rating.TenderId && r.RaterRole == role))
            throw RuleViolationException.Of("EXPERT-RATING", ("detail", $"the {role} has already rated this expert for tender {rating.TenderId}"));
        profile.Ratings.Add(rating with { RaterRole = role, Rater = actor.UserName, At = clock.UtcNow });
        if (ExpertRatingRules.Effective(profile, clock.UtcNow) == ExpertStatus.Active
            && ExpertRatingRules.SuspensionReason(profile.Ratings, clock.UtcNow, policy) is { } why)
            SetStatus(profile, ExpertStatus.Suspended, "ratings: " + why, "system", clock.UtcNow.AddDays(policy.SuspensionDays));
        await Save();
        return profile;
    }

    /// <inheritdoc />
    public async Task<ExpertProfile> Appeal(Actor actor, string grounds)
    {
        var profile = Profile;
        if (!actor.Is(Roles.Expert) || actor.OrganizationId != profile.Id) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (ExpertRatingRules.Effective(profile, clock.UtcNow) != ExpertStatus.Suspended)
            throw RuleViolationException.Of("EXPERT-APPEAL", ("detail", "there is no suspension in force to appeal against"));
        if (profile.Appeals.Any(a => a.Granted is null))
            throw RuleViolationException.Of("EXPERT-APPEAL", ("detail", "an appeal is already pending"));
        profile.Appeals.Add(new ExpertAppeal { At = clock.UtcNow, Grounds = Reason(grounds) });
        await Save();
        return profile;
    }

    /// <inheritdoc />
    public async Task<ExpertProfile> DecideAppeal(Actor actor, bool granted, string decision)
    {
        Require(actor, Roles.CentreAdmin);
        var profile = Profile;
        var at = profile.Appeals.FindLastIndex(a => a.Granted is null);
        if (at < 0) throw RuleViolationException.Of("EXPERT-APPEAL", ("detail", "no appeal is pending"));
        profile.Appeals[at] = profile.Appeals[at] with { Granted = granted, Decision = Reason(decision), DecidedAt = clock.UtcNow };
        if (granted) SetStatus(profile, ExpertStatus.Active, "appeal granted: " + decision.Trim(), actor.UserName, null);
        await Save();
        return profile;
    }
}
