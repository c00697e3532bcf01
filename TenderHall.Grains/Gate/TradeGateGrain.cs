using Orleans.Concurrency;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Gate;

/// <summary>
/// The gate (a stateless worker, so checks never queue behind one activation): judges what a project presents, and logs
/// and alarms every refusal before answering it, since a project trying to skip the centre is what supervision must see.
/// </summary>
[GrainType("th-trade-gate"), StatelessWorker]
public sealed class TradeGateGrain(TradeGate gate, ITransparencyLog log, SupervisionAlarms alarms, PlatformClock clock) : Grain, ITradeGateGrain
{
    /// <inheritdoc />
    public async Task<GateVerdict> Check(GateCheckRequest request, Actor actor)
    {
        var exemption = await GrainFactory.GetGrain<IGateExemptionGrain>(request.ProjectCode).Get();
        var now = clock.UtcNow;
        var verdict = gate.Judge(request.ProjectCode, request.Certificate, exemption, now);
        if (verdict.Passed) return verdict;

        // PIPL: the public entry names the project, the rule and the channel; the caller only by its organisation.
        var entry = new LogEvent { Type = "gate.refused", Subject = "project/" + request.ProjectCode, At = now, Actor = actor.OrganizationId ?? "unidentified" };
        entry.Data["rule"] = verdict.Rule!;
        entry.Data["channel"] = request.Channel;
        if (request.ItemCode is { } item) entry.Data["item"] = item;
        if (verdict.StatementSha256 is { } sha) entry.Data["statementSha256"] = sha;
        var receipt = await log.AppendAsync(entry);
        verdict.RefusalLogIndex = receipt.Index;
        await alarms.Raise($"gate/{request.ProjectCode}/{receipt.Index}", AlarmSeverity.Alarm, "GATE-REFUSED", entry.Subject,
            $"project {request.ProjectCode} was refused at the gate ({request.Channel}{(request.ItemCode is null ? "" : ", item " + request.ItemCode)}) under {verdict.Rule}: {verdict.Detail} (log entry {receipt.Index})");
        return verdict;
    }
}
