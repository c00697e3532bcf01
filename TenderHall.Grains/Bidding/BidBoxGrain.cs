using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Supervision;

namespace TenderHall.Grains.Bidding;

/// <summary>The bid box of one tender: one quick write per bid; the deadline is the server's instant of receipt.</summary>
[GrainType("th-bid-box")]
public sealed class BidBoxGrain(
    [PersistentState("bid-box", StorageNames.Default)] IPersistentState<BidBoxState> state,
    SupervisionAlarms alarms) : Grain, IBidBoxGrain
{
    private string TenderId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<SealedBid> Accept(BidAcceptance acceptance)
    {
        var bid = acceptance.Bid;
        var entry = state.State.Bids.TryGetValue(bid.BidderId, out var existing) ? existing : null;
        // A retried submission of the envelope already counted is answered with the bid as it stands.
        if (entry?.Current is { } current && current.EnvelopeSha256 == bid.EnvelopeSha256) return current;
        // EBM 28, BL 28: received at or after the deadline, or after the opening sealed the box, it does not count.
        if (state.State.Sealed || bid.ReceivedAt >= acceptance.Deadline)
            throw RuleViolationException.Of("BID-LATE", ("receivedAt", RuleValues.Beijing(bid.ReceivedAt)), ("deadline", RuleValues.Beijing(acceptance.Deadline)));

        entry ??= state.State.Bids[bid.BidderId] = new BidEntry();
        if (entry.Current is { } replaced) entry.Replaced.Add(replaced.EnvelopeSha256);
        entry.Current = bid;
        entry.Withdrawn = false;
        entry.CertificateSerial = acceptance.CertificateSerial;
        if (acceptance.Address is { Length: > 0 } address && !entry.Addresses.Contains(address)) entry.Addresses.Add(address);
        if (acceptance.DeviceFingerprint is { Length: > 0 } device && !entry.Devices.Contains(device)) entry.Devices.Add(device);
        var signals = CollusionSignals.Find(bid.BidderId, entry, state.State.Bids)
            .Where(s => !state.State.Signals.Contains($"{s.Code}:{s.Key}")).ToList();
        state.State.Signals.AddRange(signals.Select(s => $"{s.Code}:{s.Key}"));
        await state.WriteStateAsync();
        foreach (var (code, key, detail) in signals)
            await alarms.Raise($"tender/{TenderId}/{code}/{key}", AlarmSeverity.Warning, code, "tender/" + TenderId, $"Tender {TenderId}: {detail} (BLR 40).");
        return bid;
    }

    /// <inheritdoc />
    public async Task<SealedBid> Withdraw(string bidderId, DateTimeOffset now, DateTimeOffset deadline)
    {
        if (state.State.Sealed || now >= deadline)
            throw RuleViolationException.Of("BID-LATE", ("receivedAt", RuleValues.Beijing(now)), ("deadline", RuleValues.Beijing(deadline)));
        if (!state.State.Bids.TryGetValue(bidderId, out var entry) || entry.Current is not { } current)
            throw RuleViolationException.Of("BID-NONE", ("bidder", bidderId), ("tender", TenderId));
        entry.Replaced.Add(current.EnvelopeSha256);
        entry.Current = null;
        entry.Withdrawn = true;
        await state.WriteStateAsync();
        return current;
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
}
