using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Gate;

/// <summary>The gate on downstream procedures (a stateless worker: call it with key 0).</summary>
public interface ITradeGateGrain : IGrainWithIntegerKey
{
    /// <summary>Verifies the certificate or finds the exemption; a refusal is logged and raises a supervision alarm before it is answered.</summary>
    Task<GateVerdict> Check(GateCheckRequest request, Actor actor);
}
