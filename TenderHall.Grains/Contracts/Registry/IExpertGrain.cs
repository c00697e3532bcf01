namespace TenderHall.Grains.Contracts.Registry;

/// <summary>One expert of the expert database, keyed by expert id.</summary>
public interface IExpertGrain : IGrainWithStringKey
{
    /// <summary>Enters the expert into the database; a retry with the same details returns the stored profile.</summary>
    Task<ExpertProfile> Register(ExpertProfile profile);

    /// <summary>The profile, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ExpertProfile?> Get();
}
