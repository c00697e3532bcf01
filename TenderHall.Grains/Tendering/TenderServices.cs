using Orleans.Runtime;
using Orleans.Streams;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Guarantees;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Tendering;

/// <summary>What a tender needs from the rest of the platform: fees, blobs, the log, notifications, supervision.</summary>
public sealed class TenderServices(
    IGrainFactory grains, TenderDeadlines deadlines, LogOutbox outbox, IBlobStore blobs, SupervisionAlarms alarms)
{
    /// <summary>The stream namespace every tender event is published on after the log has it, keyed by tender id; no grain subscribes to it today (supervision gets its alarms through <see cref="TenderEffects.Alarms"/>).</summary>
    public const string EventStream = "tender-events";

    /// <summary>Grain factory.</summary>
    public IGrainFactory Grains => grains;

    /// <summary>The statutory deadline engine.</summary>
    public TenderDeadlines Deadlines => deadlines;

    /// <summary>Supervision alarms.</summary>
    public SupervisionAlarms Alarms => alarms;

    /// <summary>
    /// Appends outbox events to the transparency log, then publishes them for supervision, in order; when
    /// <paramref name="mayBeLogged"/> (an earlier activation may have appended them) each is looked up first.
    /// </summary>
    public async Task Publish(string tenderId, IReadOnlyList<LogEvent> events, IStreamProvider streams, bool mayBeLogged)
    {
        var stream = streams.GetStream<LogEvent>(StreamId.Create(EventStream, tenderId));
        foreach (var logEvent in events)
        {
            var index = (await outbox.Publish(logEvent, mayBeLogged)).Index;
            logEvent.Data["logIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await stream.OnNextAsync(logEvent);
        }
    }

    /// <summary>Delivers notifications to inboxes and alarms to supervision.</summary>
    public async Task Deliver(TenderEffects effects)
    {
        foreach (var (recipients, notification) in effects.Notifications)
            foreach (var recipient in recipients)
                await grains.GetGrain<IInboxGrain>(recipient).Deliver(notification);
        foreach (var alarm in effects.Alarms)
            await alarms.Raise(alarm.Id, alarm.Severity, alarm.Code, alarm.Subject, alarm.Message);
    }

    /// <summary>Tells the opening session the deadline passed (one-way: the session calls back into the tender).</summary>
    public Task StartOpening(string tenderId) => grains.GetGrain<Contracts.Opening.IOpeningSessionGrain>(tenderId).Start();

    /// <summary>A document version for a file already in the blob store; refused when it is not there.</summary>
    public async Task<DocumentVersion> Document(string? sha256, string field)
    {
        if (string.IsNullOrEmpty(sha256) || sha256.Length != 64 || !sha256.All(Uri.IsHexDigit))
            throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "the SHA-256 (64 hex digits) of an uploaded file"));
        var blob = await blobs.StatAsync(sha256.ToLowerInvariant(), CancellationToken.None)
                   ?? throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "no uploaded file has this hash; upload the documents first"));
        return new DocumentVersion { Sha256 = blob.Sha256Hex, Size = blob.Size };
    }

    /// <summary>Publishes the tender's document fee and deposit so bidders' orders are priced by the platform.</summary>
    public Task PublishFees(string tenderId, TenderRegistration registration) =>
        grains.GetGrain<IFeeScheduleGrain>(tenderId).Publish(new FeeSchedule
        {
            SubjectId = tenderId,
            // A zero amount means the tender charges nothing of that kind: no standard, so no order can be opened.
            DocumentFeeFen = registration.DocumentFeeFen > 0 ? registration.DocumentFeeFen : null,
            DepositFen = registration.DepositFen > 0 ? registration.DepositFen : null,
            EstimatedPriceFen = registration.EstimatedPriceFen,
            Regime = registration.Regime,
            Basis = "招标投标法实施条例第十六条、第二十六条 (BLR 16, 26)",
        });

    /// <summary>Adds the tender to the public announcement index.</summary>
    public Task IndexAnnouncement(TenderView tender) => new AnnouncementIndex(grains).Add(tender);

    /// <summary>Whether <paramref name="bidderId"/> has paid for the documents of the tender.</summary>
    public Task<bool> HasPaidDocuments(string tenderId, string bidderId) => DocumentPurchase.IsPaid(grains, tenderId, bidderId);

    /// <summary>The bidders holding paid document orders.</summary>
    public async Task<IReadOnlyList<string>> DocumentHolders(string tenderId) =>
        [.. (await PaidOrders(tenderId)).Where(o => o.Purpose == FeePurpose.DocumentFee).Select(o => o.PayerId)];

    /// <summary>Refunds every paid order of a terminated tender (BLR 31).</summary>
    public async Task RefundAll(string tenderId)
    {
        foreach (var order in await PaidOrders(tenderId))
            await grains.GetGrain<IFeeOrderGrain>(order.Id).Refund(new FeeRefundRequest { Reason = RefundReason.Terminated });
    }

    /// <summary>Refunds every paid bid deposit: the tender failed for want of bids (BL 28, BLR 44), or its contract was signed (BLR 57); document fees stay.</summary>
    public async Task RefundDeposits(string tenderId, RefundReason reason = RefundReason.TenderFailed)
    {
        foreach (var order in (await PaidOrders(tenderId)).Where(o => o.Purpose == FeePurpose.BidDeposit))
            await grains.GetGrain<IFeeOrderGrain>(order.Id).Refund(new FeeRefundRequest { Reason = reason });
    }

    /// <summary>Releases every guarantee letter of the tender that still binds its issuer (BLR 31; BL 28 re-tendering).</summary>
    public async Task ReleaseGuarantees(string tenderId, GuaranteeReleaseReason reason)
    {
        var letters = await Task.WhenAll((await DirectoryIndexes.AllIds(grains, GuaranteeIds.TenderIndex(tenderId))).Select(id => grains.GetGrain<IGuaranteeGrain>(id).Get()));
        foreach (var letter in letters.OfType<GuaranteeLetter>().Where(GuaranteeRules.IsBinding))
            await grains.GetGrain<IGuaranteeGrain>(letter.GuaranteeId).Release(new GuaranteeReleaseRequest { Reason = reason });
    }

    private async Task<IReadOnlyList<FeeOrder>> PaidOrders(string tenderId)
    {
        var orders = await Task.WhenAll((await DirectoryIndexes.AllIds(grains, FeeOrderIds.SubjectIndex(tenderId))).Select(id => grains.GetGrain<IFeeOrderGrain>(id).Get()));
        return [.. orders.OfType<FeeOrder>().Where(o => o.Status == FeeOrderStatus.Paid)];
    }
}
