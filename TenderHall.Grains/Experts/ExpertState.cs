using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>Stored state of <see cref="ExpertGrain"/>.</summary>
public sealed class ExpertState
{
    /// <summary>The profile; null until registration.</summary>
    public ExpertProfile? Profile { get; set; }

    /// <summary>
    /// The specialty pools this expert's last stored change has not yet been confirmed to reach: written with the change,
    /// emptied once every pool holds it (docs/experts.md, "Keeping the pools current").
    /// </summary>
    public List<string> PoolsPending { get; set; } = [];
}
