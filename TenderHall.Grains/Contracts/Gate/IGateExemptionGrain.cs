using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Gate;

/// <summary>A project's exemption from the gate (key: the project code).</summary>
public interface IGateExemptionGrain : IGrainWithStringKey
{
    /// <summary>The provincial government approves the exemption; a retry with the same details returns it.</summary>
    Task<GateExemption> Approve(string approvalDocument, string reason, Actor actor);

    /// <summary>The exemption, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<GateExemption?> Get();
}
