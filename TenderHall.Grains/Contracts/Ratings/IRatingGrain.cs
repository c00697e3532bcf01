using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>
/// One rating (key: its id, <c>case-{case number}</c> or <see cref="RatingKeys.OfVisit"/>): given once by the case's applicant or the visit's ticket holder, a bad one followed up by the
/// department within the limit, appealable once by the department, decided by the centre (docs/ratings.md).
/// </summary>
public interface IRatingGrain : IGrainWithStringKey
{
    /// <summary>Rates the case once its decision is made; a second rating is refused (RATING-ONCE).</summary>
    Task<RatingView> RateCase(string caseNumber, RatingLevel level, string comment, Actor actor);

    /// <summary>Rates a served hall visit once, proven by the ticket's rating code (一次一评); the same rules as a case's.</summary>
    Task<RatingView> RateVisit(string windowId, DateOnly date, string ticket, string secret, RatingLevel level, string comment);

    /// <summary>Takes the next follow-up step of a bad rating (its department's officers).</summary>
    Task<RatingView> FollowUp(FollowUpStep step, string note, Actor actor);

    /// <summary>The department appeals against a bad rating it holds mistaken or malicious (once).</summary>
    Task<RatingView> Appeal(string reason, Actor actor);

    /// <summary>The centre upholds (the rating leaves the public results) or rejects the pending appeal.</summary>
    Task<RatingView> DecideAppeal(bool upheld, string reason, Actor actor);

    /// <summary>The rating, for its rater, its department, the centre and supervision.</summary>
    Task<RatingView> Get(Actor actor);
}
