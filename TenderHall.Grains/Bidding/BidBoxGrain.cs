using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Bidding;

/// <summary>
/// The bid box of one tender: one quick write per batch of bids (<see cref="BidBoxBatches"/>), with each bid's log event
/// in an outbox in the same write; the
/// deadline is the server's instant of receipt. A failed write drops the activation (<c>WritePolicyFilter</c>), so
/// nothing unwritten is ever answered from memory, and the next activation publishes whatever the outbox still holds.
/// </summary>
[GrainType("th-bid-box")]
public sealed class BidBoxGrain(
    [PersistentState("bid-box", StorageNames.Default)] IPersistentState<BidBoxState> state,
    SupervisionAlarms alarms,
    LogOutbox outbox) : Grain, IBidBoxGrain
{
    private readonly Dictionary<LogEvent, Task<LogReceipt>> publishing = new(ReferenceEqualityComparer.Instance);

    private string TenderId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Storage holds separate copies of an entry's event and its outbox entry: one instance again, so publishing records the index.
        foreach (var entry in state.State.Bids.Values)
            if (entry.Received is { } received && state.State.Outbox.FirstOrDefault(e => SameLeaf(e, received)) is { } pending) entry.Received = pending;
        // An earlier activation may have appended some of these before it died: each is looked up before it is appended.
        foreach (var logEvent in state.State.Outbox.ToList()) await Publish(logEvent, mayBeLogged: true);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AcceptOutcome>> Accept(IReadOnlyList<BidAcceptance> acceptances)
    {
        var outcomes = new AcceptOutcome[acceptances.Count];
        var signals = new List<(string Code, string Key, string Detail)>();
        var changed = false;
        for (var i = 0; i < acceptances.Count; i++)
        {
            try
            {
                (outcomes[i], var counted) = Count(acceptances[i], signals);
                changed |= counted;
            }
            catch (RuleViolationException refusal)
            {
                outcomes[i] = AcceptOutcome.Refused(refusal);
            }
        }

        // One write for the whole batch; nobody hears of a bid of it before the write holds it.
        if (changed) await state.WriteStateAsync();
        foreach (var (code, key, detail) in signals)
            await alarms.Raise($"tender/{TenderId}/{code}/{key}", AlarmSeverity.Warning, code, "tender/" + TenderId, $"Tender {TenderId}: {detail} (BLR 40).");
        return outcomes;
    }

    // Checks come first and throw before anything changes, so a refused acceptance leaves the box as it was.
    private (AcceptOutcome Outcome, bool Changed) Count(BidAcceptance acceptance, List<(string Code, string Key, string Detail)> signals)
    {
        var bid = acceptance.Bid;
        var entry = state.State.Bids.TryGetValue(bid.BidderId, out var existing) ? existing : null;
        // A retried submission of the envelope already counted is answered with the bid as it stands (in storage, or in this batch's write).
        if (entry is { Current: { } current, Received: { } received } && current.EnvelopeSha256 == bid.EnvelopeSha256)
            return (new AcceptOutcome(new AcceptedBid(current, received)), false);
        // EBM 28, BL 28: received at or after the deadline, or after the opening sealed the box, it does not count.
        if (state.State.Sealed || bid.ReceivedAt >= acceptance.Deadline)
            throw RuleViolationException.Of("BID-LATE", ("receivedAt", RuleValues.Beijing(bid.ReceivedAt)), ("deadline", RuleValues.Beijing(acceptance.Deadline)));

        entry ??= state.State.Bids[bid.BidderId] = new BidEntry();
        if (entry.Current is { } replaced) entry.Replaced.Add(replaced.EnvelopeSha256);
        entry.Current = bid;
        entry.Received = BidLogEvents.Received(TenderId, bid);
        entry.ReceivedLog = null;
        entry.Withdrawn = false;
        entry.CertificateSerial = acceptance.CertificateSerial;
        if (acceptance.Address is { Length: > 0 } address && !entry.Addresses.Contains(address)) entry.Addresses.Add(address);
        if (acceptance.DeviceFingerprint is { Length: > 0 } device && !entry.Devices.Contains(device)) entry.Devices.Add(device);
        state.State.Outbox.Add(entry.Received);
        var found = CollusionSignals.Find(bid.BidderId, entry, state.State.Bids)
            .Where(s => !state.State.Signals.Contains($"{s.Code}:{s.Key}")).ToList();
        state.State.Signals.AddRange(found.Select(s => $"{s.Code}:{s.Key}"));
        signals.AddRange(found.Select(s => (s.Code, s.Key, s.Detail)));
        return (new AcceptOutcome(new AcceptedBid(bid, entry.Received)), true);
    }

    /// <inheritdoc />
    public Task<LogReceipt> Logged(string bidderId, string envelopeSha256)
    {
        if (!state.State.Bids.TryGetValue(bidderId, out var entry) || entry is not { Current: { } current, Received: { } received } || current.EnvelopeSha256 != envelopeSha256)
            throw RuleViolationException.Of("BID-NONE", ("bidder", bidderId), ("tender", TenderId));
        if (entry.ReceivedLog is { } logged) return Task.FromResult(logged);
        return Publish(received, mayBeLogged: !state.State.Outbox.Contains(received));
    }

    /// <inheritdoc />
    public async Task Withdraw(string bidderId, DateTimeOffset now, DateTimeOffset deadline)
    {
        if (state.State.Sealed || now >= deadline)
            throw RuleViolationException.Of("BID-LATE", ("receivedAt", RuleValues.Beijing(now)), ("deadline", RuleValues.Beijing(deadline)));
        if (!state.State.Bids.TryGetValue(bidderId, out var entry) || (entry.Current is null && !entry.Withdrawn))
            throw RuleViolationException.Of("BID-NONE", ("bidder", bidderId), ("tender", TenderId));
        // A retried withdrawal finds it done (its event published from the outbox).
        if (entry.Current is not { } current) return;
        entry.Replaced.Add(current.EnvelopeSha256);
        entry.Current = null;
        entry.Received = null;
        entry.ReceivedLog = null;
        entry.Withdrawn = true;
        var withdrawn = BidLogEvents.Withdrawn(TenderId, current, now);
        state.State.Outbox.Add(withdrawn);
        await state.WriteStateAsync();
        await Publish(withdrawn, mayBeLogged: false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SealedBid>> Seal()
    {
        if (!state.State.Sealed)
        {
            state.State.Sealed = true;
            await state.WriteStateAsync();
        }

        return [.. state.State.Bids.Values.Where(b => b.Current is not null).Select(b => b.Current!).OrderBy(b => b.ReceivedAt)];
    }

    /// <inheritdoc />
    public Task<BidStanding> StandingOf(string bidderId) =>
        Task.FromResult(state.State.Bids.TryGetValue(bidderId, out var entry)
            ? new BidStanding(entry.Current, entry.Withdrawn, entry.Replaced)
            : new BidStanding(null, false, []));

    // One append per event per activation, however many callers wait for it; a failed append fails the call, which
    // drops the activation, and the next one looks the event up before appending it again.
    private Task<LogReceipt> Publish(LogEvent logEvent, bool mayBeLogged)
    {
        if (!publishing.TryGetValue(logEvent, out var task)) publishing[logEvent] = task = PublishOnce(logEvent, mayBeLogged);
        return task;
    }

    private async Task<LogReceipt> PublishOnce(LogEvent logEvent, bool mayBeLogged)
    {
        try
        {
            var logged = await outbox.Publish(logEvent, mayBeLogged);
            // The outbox shrinks in memory; storage learns it with the next write, and until then a new activation finds the event logged.
            state.State.Outbox.Remove(logEvent);
            foreach (var entry in state.State.Bids.Values)
                if (ReferenceEquals(entry.Received, logEvent)) entry.ReceivedLog = logged;
            return logged;
        }
        finally
        {
            publishing.Remove(logEvent);
        }
    }

    private static bool SameLeaf(LogEvent a, LogEvent b) => LogEventJson.Encode(a).AsSpan().SequenceEqual(LogEventJson.Encode(b));
}
