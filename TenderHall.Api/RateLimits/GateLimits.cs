using System.Globalization;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.RateLimits;

/// <summary>
/// Limits on the gate check (docs/gate.md): every refused check writes a public log entry and a supervision event, so a
/// caller may not flood them. Each check is counted before it runs, against the caller's checks and its refusals; a
/// check that passes gives its refusal count back. A spent budget is refused with GATE-RATE before anything is checked
/// or logged, and a caller whose refusals run out is reported to supervision once per window.
/// </summary>
public sealed class GateLimits(IRateLimitStore store, RateLimitOptions options, SupervisionAlarms alarms, TimeProvider time)
{
    /// <summary>The rule code of a refusal and of the supervision warning.</summary>
    public const string Code = "GATE-RATE";

    /// <summary>Counts a check by <paramref name="caller"/>; throws GATE-RATE when its checks or its refusals are spent.</summary>
    public async Task<GateAttempt> Begin(string caller)
    {
        var checks = await store.HitAsync(Key("checks", caller), options.GateChecksPerCaller.Limit, options.GateChecksPerCaller.Window);
        Refuse(checks);
        var refusalKey = Key("refusals", caller);
        var refusals = await store.HitAsync(refusalKey, options.GateRefusalsPerCaller.Limit, options.GateRefusalsPerCaller.Window);
        Refuse(refusals);
        return new GateAttempt(caller, refusalKey, refusals);
    }

    /// <summary>Settles the count once the verdict is known: a pass gives the refusal back; the refusal that spends the budget warns supervision.</summary>
    public async Task Settle(GateAttempt attempt, bool passed)
    {
        if (passed)
        {
            await store.ReturnAsync(attempt.RefusalKey);
            return;
        }

        if (!attempt.Refusals.Exhausts) return;
        var until = time.GetUtcNow() + attempt.Refusals.ResetsIn;
        await alarms.Raise($"{Code}/{attempt.Caller}/{until.ToUnixTimeSeconds()}", AlarmSeverity.Warning, Code, attempt.Caller,
            $"{attempt.Refusals.Limit} refused gate checks by {attempt.Caller}; its gate checks are paused until {until.ToString("u", CultureInfo.InvariantCulture)} (UTC).");
    }

    private static string Key(string kind, string caller) => $"gate:{kind}:{Uri.EscapeDataString(caller)}";

    private static void Refuse(RateLimitHit hit)
    {
        if (!hit.Allowed) throw RuleViolationException.Of(Code, ("seconds", hit.RetryAfterSeconds));
    }
}

/// <summary>A counted gate check: who, and its refusal count to give back if it passes.</summary>
public sealed record GateAttempt(string Caller, string RefusalKey, RateLimitHit Refusals);
