using Orleans.Runtime;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// The evaluation of one tender. Thin: loads its state, asks <see cref="EvaluationSession"/>, writes once, then appends the
/// events to the transparency log and raises the collusion signals to supervision (docs/evaluation.md).
/// </summary>
[GrainType("th-evaluation")]
public sealed partial class EvaluationGrain(
    [PersistentState("evaluation", StorageNames.Default)] IPersistentState<EvaluationState> state,
    IGrainFactory grains,
    ITransparencyLog log,
    SupervisionAlarms alarms,
    PlatformClock clock) : Grain, IEvaluationGrain, IRemindable
{
    private const string ClarificationReminder = "clarifications";

    // The platform reads the sealed committee as supervision does (BL 37: nobody else learns it from the evaluation).
    private static readonly Actor Platform = new("system", null, [Roles.Supervisor], null);

    private string TenderId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<EvaluationView> Open(Actor actor, int hours)
    {
        var tender = await grains.GetGrain<ITenderGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        var draw = await grains.GetGrain<IExpertDrawGrain>(TenderId).Get(Platform);
        var opening = await grains.GetGrain<IOpeningSessionGrain>(TenderId).Get();
        // The tender moves first: it is idempotent, so an evaluation write that fails after it is retried by opening again.
        await Run((session, now) => { session.Open(actor, hours, tender, draw, opening, now); return true; },
            _ => grains.GetGrain<ITenderGrain>(TenderId).StartEvaluation());
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> CheckIn(Actor actor, byte[] signingKey)
    {
        await Run((session, now) => { session.CheckIn(actor, signingKey, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> Watch(Actor actor)
    {
        await Run((session, now) => { session.Watch(actor, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<EvaluatedBid>> ReadBids(Actor actor) => Run((session, now) => session.ReadBids(actor, now));

    /// <inheritdoc />
    public Task<string> ReadPayload(Actor actor, string bidderId) => Run((session, now) => session.ReadPayload(actor, bidderId, now));

    /// <inheritdoc />
    public async Task<EvaluationView> Review(Actor actor, IReadOnlyList<ReviewFailure> failures, bool competitionLacking)
    {
        await Run((session, now) => { session.Review(actor, failures, competitionLacking, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> Score(Actor actor, IReadOnlyList<ScoreEntry> entries)
    {
        await Run((session, now) => { session.Score(actor, entries, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ScoreSheet>> Scores(Actor actor) => Task.FromResult(Session().Sheets(actor));

    /// <inheritdoc />
    public async Task<EvaluationClarification> AskClarification(Actor actor, string bidderId, string question, int hours)
    {
        var asked = await Run((session, now) => session.AskClarification(actor, bidderId, question, hours, now));
        // The bidder learns of the request, not who on the committee asked it (BL 37).
        await grains.GetGrain<IInboxGrain>(asked.BidderId).Deliver(new Notification
        {
            Id = $"evaluation/{TenderId}/clarification/{asked.Number}", Subject = "tender/" + TenderId, Type = "evaluation.clarification-asked", At = asked.AskedAt,
            TextZh = $"评标委员会请求贵单位澄清招标项目 {TenderId} 的投标文件（第 {asked.Number} 号），请于 {RuleValues.Beijing(asked.Due)} 前答复；澄清不得改变投标文件的实质性内容。",
            TextEn = $"The evaluation committee asks you to clarify your bid for tender {TenderId} (request {asked.Number}) by {RuleValues.Beijing(asked.Due)}; the answer may not change the substance of the bid.",
        });
        await WatchClarifications();
        return asked;
    }

    /// <inheritdoc />
    public async Task<EvaluationClarification> AnswerClarification(Actor actor, int number, string answer)
    {
        // A late answer finds its request's alarm raised, if the reminder has not raised it already; the answer is refused.
        await WatchClarifications();
        return await Run((session, now) => session.AnswerClarification(actor, number, answer, now));
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => WatchClarifications();

    // BL 39: a bidder that lets a clarification request pass unanswered is reported to supervision, once per request; the
    // reminder (durable, a minute late at most) watches the next deadline.
    private async Task WatchClarifications()
    {
        var session = Session();
        var late = session.LateClarifications(clock.UtcNow);
        if (late.Count > 0) await state.WriteOrReloadAsync();
        foreach (var clarification in late)
            await alarms.Raise($"tender/{TenderId}/clarification/{clarification.Number}", AlarmSeverity.Alarm, "BL-39", "tender/" + TenderId,
                $"Tender {TenderId}: bidder {clarification.BidderId} did not answer clarification request {clarification.Number} by {RuleValues.Beijing(clarification.Due)} (Beijing time).");
        if (session.NextClarificationDue() is { } due)
            await this.RegisterOrUpdateReminder(ClarificationReminder, Max(clock.RealDelayUntil(due), TimeSpan.FromMinutes(1)), TimeSpan.FromMinutes(1));
        else if (await this.GetReminder(ClarificationReminder) is { } reminder)
            await this.UnregisterReminder(reminder);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <inheritdoc />
    public async Task<EvaluationView> AskExtension(Actor actor, int hours)
    {
        await Run((session, now) => { session.AskExtension(actor, hours, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> Remark(Actor actor, string text)
    {
        await Run((session, now) => { session.Remark(actor, text, now); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<EvaluationView> AddRecordings(Actor actor, IReadOnlyList<SessionRecording> recordings)
    {
        await Run((session, _) => { session.AddRecordings(actor, recordings); return true; });
        return Seen(actor);
    }

    /// <inheritdoc />
    public Task<EvaluationView> Get(Actor actor) => Task.FromResult(Seen(actor));

    private EvaluationSession Session() => new(TenderId, state.State);

    private EvaluationView Seen(Actor actor) => Session().Seen(actor);

    /// <summary>
    /// Runs a command; a refused command leaves no trace because the state is re-read. <paramref name="beforeWrite"/> tells other
    /// grains first (idempotently); then the state is written, the events logged, and new collusion signals raised.
    /// </summary>
    private async Task<T> Run<T>(Func<EvaluationSession, DateTimeOffset, T> command, Func<T, Task>? beforeWrite = null)
    {
        var session = Session();
        T result;
        List<(string Code, string Key, string Detail)> signals;
        try
        {
            result = command(session, clock.UtcNow);
            signals = session.NewSignals();
            if (beforeWrite is not null) await beforeWrite(result);
            if (session.Events.Count > 0) await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        foreach (var (type, actor, data) in session.Events)
        {
            var logEvent = new LogEvent { Type = type, Subject = "tender/" + TenderId, At = clock.UtcNow, Actor = actor };
            foreach (var (name, value) in data) logEvent.Data[name] = value;
            await log.AppendAsync(logEvent);
        }

        foreach (var (code, key, detail) in signals)
            await alarms.Raise($"tender/{TenderId}/{code}/{key}", AlarmSeverity.Warning, code, "tender/" + TenderId, $"Tender {TenderId}: {detail}.");
        return result;
    }
}
