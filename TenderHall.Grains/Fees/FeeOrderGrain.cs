using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Fees;

/// <summary>
/// One fee order. Journal entries are posted to the ledger before the order is written: the ledger assigns the receipt
/// number and is idempotent by entry id, so when the write fails the bank's retry (or the next refund) posts the same
/// entry again and gets the same number, and the ledger never holds an entry twice.
/// </summary>
[GrainType("th-fee-order")]
public sealed class FeeOrderGrain(
    [PersistentState("fee-order", StorageNames.Default)] IPersistentState<FeeOrderState> state,
    IGrainFactory grains,
    BankCallbackVerifier bank,
    FeeOptions options,
    RefundDeadlines refundDeadlines,
    PlatformClock clock) : Grain, IFeeOrderGrain
{
    /// <inheritdoc />
    public async Task<FeeOrder> Create(FeeOrderRequest request)
    {
        var id = this.GetPrimaryKeyString();
        FeeOrderRules.Validate(id, request);
        if (state.State.Order is { } existing)
        {
            if (!FeeOrderRules.IsSame(existing, request)) throw RuleViolationException.Of("FEE-ORDER-EXISTS", ("id", id));
            await Index(existing);
            await Notify(existing);
            return existing;
        }

        FeeOrderRules.CheckStandard(request, await Standard(request));
        var order = FeeOrderRules.Open(id, request, clock.UtcNow);
        state.State.Order = order;
        await Save();
        await Index(order);
        await Notify(order);
        return order;
    }

    /// <inheritdoc />
    public Task<FeeOrder?> Get() => Task.FromResult(state.State.Order);

    /// <inheritdoc />
    public async Task<FeeOrder> ConfirmPayment(BankCallback callback)
    {
        // Checked here as well as at the API, so no code path inside the silo can mark an order paid without the bank.
        bank.Check(callback);
        var order = Required();
        if (callback.OrderId != order.Id) throw RuleViolationException.Of("FEE-ORDER-ID", ("id", callback.OrderId), ("detail", "the callback names another order"));
        var payment = FeeOrderRules.Payment(order, callback, clock.UtcNow);
        if (payment is null)
        {
            await PostAll(order);
            await Notify(order);
            return order;
        }

        payment.ReceiptNumber = await Post(FeeJournal.Payment(order, payment));
        order.Payment = payment;
        order.Status = FeeOrderStatus.Paid;
        await Save();
        await Notify(order);
        return order;
    }

    /// <inheritdoc />
    public async Task<FeeOrder> Refund(FeeRefundRequest request)
    {
        var order = Required();
        if (order.Purpose == FeePurpose.LicensingFee && request.Reason == RefundReason.LicensingNotGranted && order.Refund is null)
            await RequireCaseEndedWithoutLicence(order);
        // The tender's fee schedule says which law counts the refund period (the tender itself may be the caller).
        var regime = (await grains.GetGrain<IFeeScheduleGrain>(order.SubjectId).Get())?.Regime ?? Contracts.Projects.LegalRegime.Engineering;
        var refund = FeeOrderRules.Refund(order, request, clock.UtcNow, options.DemandDepositRateBasisPoints, (reason, at) => refundDeadlines.DueBy(regime, reason, at));
        if (refund is null)
        {
            await PostAll(order);
            await Notify(order);
            return order;
        }

        refund.VoucherNumber = await Post(FeeJournal.Refund(order, refund));
        order.Refund = refund;
        order.Status = FeeOrderStatus.Refunded;
        await Save();
        await Notify(order);
        return order;
    }

    private FeeOrder Required() =>
        state.State.Order ?? throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", this.GetPrimaryKeyString()));

    // ALL 58-59: a licensing fee is refunded when its case ended without a licence: not accepted, or refused.
    private async Task RequireCaseEndedWithoutLicence(FeeOrder order)
    {
        var status = (await grains.GetGrain<ILicensingCaseGrain>(order.SubjectId).Get())?.Status;
        if (status is not (CaseStatus.NotAccepted or CaseStatus.Denied))
            throw RuleViolationException.Of("FEE-REFUND-NOT-ALLOWED", ("purpose", order.Purpose), ("reason", RefundReason.LicensingNotGranted),
                ("detail", $"case {order.SubjectId} is {status?.ToString() ?? "unknown"}; its fee is refunded only when it ends not accepted or refused"));
    }

    // ALL 59: only the published standard may be charged. Tender fees come from the tender's fee schedule, licensing
    // fees from the licensing item as published when the case's application came in (the case is the order's subject).
    private async Task<long?> Standard(FeeOrderRequest request)
    {
        if (request.Purpose == FeePurpose.LicensingFee)
        {
            var item = (await grains.GetGrain<ILicensingCaseGrain>(request.SubjectId).Get())?.Item;
            if (item?.Code != request.LicensingItemCode)
                throw RuleViolationException.Of("LIC-FEE-CASE", ("case", request.SubjectId), ("item", request.LicensingItemCode));
            var fee = item!.Fees.FirstOrDefault(f => f.Name == request.FeeName);
            return fee is null || fee.AmountYuan * 100 % 1 != 0 ? null : (long)(fee.AmountYuan * 100);
        }

        var schedule = await grains.GetGrain<IFeeScheduleGrain>(request.SubjectId).Get();
        return request.Purpose == FeePurpose.DocumentFee ? schedule?.DocumentFeeFen : schedule?.DepositFen;
    }

    private async Task Index(FeeOrder order)
    {
        await grains.GetGrain<IDirectoryIndexGrain>(FeeOrderIds.SubjectIndex(order.SubjectId)).Add(order.Id);
        await grains.GetGrain<IDirectoryIndexGrain>(FeeOrderIds.PayerIndex(order.PayerId)).Add(order.Id);
    }

    private Task<string> Post(JournalEntry entry) => grains.GetGrain<IFeeLedgerGrain>(FeeLedgerKeys.For(entry)).Post(entry);

    private async Task PostAll(FeeOrder order)
    {
        foreach (var entry in FeeJournal.Entries(order)) await Post(entry);
    }

    private Task Save() => state.WriteOrReloadAsync();

    // Once the order is durable the applicant hears of it; a retried call delivers again what a lost reply may have left out.
    private async Task Notify(FeeOrder order)
    {
        foreach (var notice in LicensingFeeNotices.Of(order)) await grains.GetGrain<IInboxGrain>(order.PayerId).Deliver(notice);
    }
}
