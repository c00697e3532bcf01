using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>Stored state of <see cref="ExpertGrain"/>.</summary>
public sealed class ExpertState
{
    /// <summary>The profile; null until registration.</summary>
    public ExpertProfile? Profile { get; set; }
}
