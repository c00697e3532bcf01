using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>One expert of the expert database, keyed by expert id.</summary>
public interface IExpertGrain : IGrainWithStringKey
{
    /// <summary>Enters the expert into the database (BL 37 checks); a retry with the same details returns the stored profile.</summary>
    Task<ExpertProfile> Register(ExpertProfile profile);

    /// <summary>Enters or updates the expert from an import: identity, employers and relationships change, history stays.</summary>
    Task<ExpertProfile> Upsert(ExpertProfile profile);

    /// <summary>The profile, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ExpertProfile?> Get();

    /// <summary>The centre suspends, reinstates or strikes off the expert, with a reason (and an end for a suspension).</summary>
    Task<ExpertProfile> ChangeStatus(Actor actor, ExpertStatus status, string reason, DateTimeOffset? until);

    /// <summary>The centre or the expert records a period the expert cannot evaluate.</summary>
    Task<ExpertProfile> AddUnavailability(Actor actor, Unavailability period);

    /// <summary>The centre or supervision records a penalty.</summary>
    Task<ExpertProfile> AddPenalty(Actor actor, string reason);

    /// <summary>The agency of the draw or a supervisor rates the expert after an evaluation; poor records suspend per the centre's rules.</summary>
    Task<ExpertProfile> Rate(Actor actor, ExpertRating rating);

    /// <summary>The expert appeals against the current suspension.</summary>
    Task<ExpertProfile> Appeal(Actor actor, string grounds);

    /// <summary>The centre decides the pending appeal: granted lifts the suspension.</summary>
    Task<ExpertProfile> DecideAppeal(Actor actor, bool granted, string decision);

    /// <summary>Records that a draw seated the expert (the recent-draws rule counts these).</summary>
    Task RecordDrawn(DrawnRecord record);
}
