using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Tendering;
using TenderHall.Grains.Time;

namespace TenderHall.Grains.Bidding;

/// <summary>The bid box of one tender: the deadline is judged by the server clock at the moment of receipt.</summary>
[GrainType("th-bid-box")]
public sealed class BidBoxGrain(
    [PersistentState("bid-box", StorageNames.Default)] IPersistentState<BidBoxState> state,
    TenderServices tenders,
    BidReceipts receipts,
    SupervisionAlarms alarms,
    PlatformClock clock) : Grain, IBidBoxGrain
{
    /// <summary>The actor named in public log events of bids before the opening.</summary>
    public const string ConcealedBidder = "bidder";

    private string TenderId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<BidReceipt> Submit(BidSubmission submission)
    {
        var receivedAt = clock.UtcNow;
        await RequireOpen(receivedAt);
        if (!await tenders.HasPaidDocuments(TenderId, submission.BidderId)) throw RuleViolationException.Of("TENDER-HOLDER", ("id", TenderId));
        var serial = await RequireSignature(submission);

        // BL 22: who bids stays secret until the opening, so the public log names the envelope, not the bidder or its user.
        var logEvent = new LogEvent { Type = "bid.received", Subject = "tender/" + TenderId, At = receivedAt, Actor = ConcealedBidder };
        logEvent.Data["envelopeSha256"] = submission.EnvelopeSha256;
        logEvent.Data["size"] = submission.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var receipt = await receipts.Issue(logEvent, TenderId, submission.BidderId, submission.EnvelopeSha256, submission.Size);

        var bid = state.State.Bids.TryGetValue(submission.BidderId, out var existing) ? existing : state.State.Bids[submission.BidderId] = new BidRecord();
        if (bid.Current is { } replaced) bid.Replaced.Add(replaced.EnvelopeSha256);
        bid.Current = receipt;
        bid.Withdrawn = false;
        bid.CertificateSerial = serial;
        if (submission.Address is { } address && !bid.Addresses.Contains(address)) bid.Addresses.Add(address);
        if (submission.DeviceFingerprint is { Length: > 0 } device && !bid.Devices.Contains(device)) bid.Devices.Add(device);
        await state.WriteStateAsync();
        await RaiseSignals(submission.BidderId, bid);
        return receipt;
    }

    /// <inheritdoc />
    public async Task Withdraw(string bidderId, string userName)
    {
        var now = clock.UtcNow;
        await RequireOpen(now);
        if (!state.State.Bids.TryGetValue(bidderId, out var bid) || bid.Current is null)
            throw RuleViolationException.Of("BID-NONE", ("bidder", bidderId), ("tender", TenderId));
        var withdrawn = new LogEvent { Type = "bid.withdrawn", Subject = "tender/" + TenderId, At = now, Actor = ConcealedBidder };
        withdrawn.Data["envelopeSha256"] = bid.Current.EnvelopeSha256;
        await receipts.Issue(withdrawn, TenderId, bidderId, bid.Current.EnvelopeSha256, bid.Current.Size);
        bid.Replaced.Add(bid.Current.EnvelopeSha256);
        bid.Current = null;
        bid.Withdrawn = true;
        await state.WriteStateAsync();
        // BLR 35: a deposit paid for a withdrawn bid is refunded within 5 days.
        var deposit = tenders.Grains.GetGrain<IFeeOrderGrain>(FeeOrderIds.For(FeePurpose.BidDeposit, TenderId, bidderId));
        if (await deposit.Get() is { Status: FeeOrderStatus.Paid })
            await deposit.Refund(new FeeRefundRequest { Reason = RefundReason.Withdrawal, EventAt = now });
    }

    /// <inheritdoc />
    public Task<BidStatus> StatusOf(string bidderId) =>
        Task.FromResult(state.State.Bids.TryGetValue(bidderId, out var bid)
            ? new BidStatus { Current = bid.Current, Withdrawn = bid.Withdrawn, Replaced = bid.Replaced }
            : new BidStatus());

    /// <inheritdoc />
    public async Task<IReadOnlyList<BidReceipt>> Opened()
    {
        var tender = await tenders.Grains.GetGrain<ITenderGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        if (tender.Schedule is null || clock.UtcNow < tender.Schedule.BidDeadline)
            throw RuleViolationException.Of("BID-SEALED", ("tender", TenderId));
        return [.. state.State.Bids.Values.Where(b => b.Current is not null).Select(b => b.Current!).OrderBy(r => r.Index)];
    }

    // EBM 28, BL 28: judged by the server's clock at receipt; a paused or closed tender takes no bids.
    private async Task RequireOpen(DateTimeOffset now)
    {
        var tender = await tenders.Grains.GetGrain<ITenderGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        if (tender.Schedule is { } schedule && now >= schedule.BidDeadline)
            throw RuleViolationException.Of("BID-LATE", ("receivedAt", Iso(now)), ("deadline", Iso(schedule.BidDeadline)));
        if (tender.Status is not (TenderStatus.Announced or TenderStatus.DocumentsOnSale or TenderStatus.Tendering))
            throw RuleViolationException.Of("BID-CLOSED", ("tender", TenderId), ("status", tender.Status));
    }

    private async Task<string?> RequireSignature(BidSubmission submission)
    {
        var profile = await tenders.Grains.GetGrain<IOrganizationGrain>(submission.BidderId).Get();
        byte[] signature;
        try { signature = Convert.FromBase64String(submission.Signature); }
        catch (FormatException) { signature = []; }
        var hash = Convert.FromHexString(submission.EnvelopeSha256);
        foreach (var key in profile?.Keys.Where(k => k.Use == "signing" && k.RetiredAt is null) ?? [])
        {
            var verifier = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.SubjectPublicKeyInfo));
            if (EnvelopeIdentity.Verify(verifier, hash, signature)) return key.CertificateSerial;
        }

        throw RuleViolationException.Of("EBM-26-SIGNATURE", ("bidder", submission.BidderId));
    }

    private async Task RaiseSignals(string bidderId, BidRecord bid)
    {
        foreach (var (code, other, detail) in CollusionSignals.Find(bidderId, bid, state.State.Bids))
        {
            var pair = string.CompareOrdinal(bidderId, other) < 0 ? $"{bidderId}+{other}" : $"{other}+{bidderId}";
            await alarms.Raise($"tender/{TenderId}/{code}/{pair}", AlarmSeverity.Warning, code, "tender/" + TenderId,
                $"Bids of {bidderId} and {other} in tender {TenderId}: {detail} (BLR 40).");
        }
    }

    private static string Iso(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
