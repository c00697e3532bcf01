using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Fees;

/// <summary>What a fee order may become: opening, payment and refund decisions, without grains or storage.</summary>
public static class FeeOrderRules
{
    /// <summary>Throws unless <paramref name="request"/> is well-formed and belongs under <paramref name="orderId"/>.</summary>
    public static void Validate(string orderId, FeeOrderRequest request)
    {
        if (!Enum.IsDefined(request.Purpose)) Invalid(orderId, "purpose must be DocumentFee, BidDeposit or LicensingFee");
        if (!FeeOrderIds.IsPart(request.SubjectId) || !FeeOrderIds.IsPart(request.PayerId))
            Invalid(orderId, "subject and payer ids are 1-100 visible characters without ':'");
        if (FeeOrderIds.For(request.Purpose, request.SubjectId, request.PayerId) != orderId)
            Invalid(orderId, "the id must be FeeOrderIds.For(purpose, subjectId, payerId)");
        if (request.AmountFen <= 0) Invalid(orderId, "the amount must be positive");
        if (request.Purpose == FeePurpose.LicensingFee && (string.IsNullOrWhiteSpace(request.LicensingItemCode) || string.IsNullOrWhiteSpace(request.FeeName)))
            Invalid(orderId, "a licensing fee names the licensing item and its published fee item");
    }

    /// <summary>Throws unless the amount is the published standard (ALL 59); null means nothing is published.</summary>
    public static void CheckStandard(FeeOrderRequest request, long? standardFen)
    {
        if (standardFen is null)
            throw RuleViolationException.Of("FEE-NO-STANDARD", ("purpose", request.Purpose), ("subject", request.LicensingItemCode ?? request.SubjectId));
        if (request.AmountFen != standardFen)
            throw RuleViolationException.Of("FEE-STANDARD", ("amount", request.AmountFen), ("standard", standardFen));
    }

    /// <summary>A new order at the standard amount, into the account its purpose requires.</summary>
    public static FeeOrder Open(string orderId, FeeOrderRequest request, DateTimeOffset now) => new()
    {
        Id = orderId,
        Purpose = request.Purpose,
        SubjectId = request.SubjectId,
        PayerId = request.PayerId,
        AmountFen = request.AmountFen,
        Account = FeeAccounts.For(request.Purpose),
        LicensingItemCode = request.Purpose == FeePurpose.LicensingFee ? request.LicensingItemCode : null,
        FeeName = request.Purpose == FeePurpose.LicensingFee ? request.FeeName! : FeeAccounts.FeeNameZh(request.Purpose),
        Status = FeeOrderStatus.AwaitingPayment,
        CreatedAt = now,
    };

    /// <summary>Whether a retried request describes the order already opened.</summary>
    public static bool IsSame(FeeOrder order, FeeOrderRequest request) =>
        order.AmountFen == request.AmountFen
        && (order.Purpose != FeePurpose.LicensingFee || (order.LicensingItemCode == request.LicensingItemCode && order.FeeName == request.FeeName));

    /// <summary>
    /// The payment a verified callback records, or null when the callback repeats the recorded payment. A different
    /// amount or a second, different payment is refused and changes nothing.
    /// </summary>
    public static FeePayment? Payment(FeeOrder order, BankCallback callback, DateTimeOffset now)
    {
        if (callback.Currency != order.Currency || callback.AmountFen != order.AmountFen)
            throw RuleViolationException.Of("FEE-AMOUNT", ("paid", $"{callback.AmountFen} {callback.Currency}"), ("id", order.Id), ("amount", order.AmountFen));
        if (order.Payment is { } paid)
        {
            if (paid.BankTransactionId == callback.BankTransactionId && paid.AmountFen == callback.AmountFen
                && paid.PaidAt == callback.PaidAt && paid.PayerAccount == callback.PayerAccount)
                return null;
            throw RuleViolationException.Of("FEE-PAYMENT-CONFLICT", ("id", order.Id), ("transaction", paid.BankTransactionId));
        }

        return new FeePayment
        {
            BankTransactionId = callback.BankTransactionId,
            AmountFen = callback.AmountFen,
            PaidAt = callback.PaidAt,
            PayerAccount = callback.PayerAccount,
            ConfirmedAt = now,
        };
    }

    /// <summary>
    /// The refund the law allows for <paramref name="request"/>, or null when the order was already refunded for the same
    /// reason. Document fees are refunded only on termination (BLR 31); deposits on withdrawal (BLR 35, principal only,
    /// as the article names no interest), contract signing (BLR 57) and termination (BLR 31), the latter two with interest;
    /// licensing fees when their case ended without a licence (the grain checks the case). <paramref name="dueBy"/> gives the last day of the refund period for a reason
    /// and event (see <see cref="RefundDeadlines"/>).
    /// </summary>
    public static FeeRefund? Refund(FeeOrder order, FeeRefundRequest request, DateTimeOffset now, int rateBasisPoints, Func<RefundReason, DateTimeOffset, DateOnly?> dueBy)
    {
        if (!Enum.IsDefined(request.Reason))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "must be Withdrawal, ContractSigned, Terminated, TenderFailed or LicensingNotGranted"));
        if (order.Refund is { } done)
            return done.Reason == request.Reason ? null : throw RuleViolationException.Of("FEE-REFUNDED", ("id", order.Id), ("reason", done.Reason));
        var payment = order.Payment ?? throw RuleViolationException.Of("FEE-NOT-PAID", ("id", order.Id));
        var (allowed, withInterest, detail) = (order.Purpose, request.Reason) switch
        {
            (FeePurpose.LicensingFee, RefundReason.LicensingNotGranted) => (true, false, ""),
            (_, RefundReason.LicensingNotGranted) => (false, false, "only a licensing fee is refunded because its case ended without a licence"),
            (FeePurpose.BidDeposit, RefundReason.Withdrawal) => (true, false, ""),
            (FeePurpose.BidDeposit, _) => (true, true, ""),
            (FeePurpose.DocumentFee, RefundReason.Terminated) => (true, false, ""),
            (FeePurpose.DocumentFee, _) => (false, false, "document fees cover printing and mailing cost (BLR 16) and are refunded only when the tender is terminated (BLR 31), not when it fails and is re-tendered"),
            _ => (false, false, "licensing fees are collected as law provides and remitted to the treasury (ALL 58-59); one is refunded only when its case ended without a licence"),
        };
        if (!allowed)
            throw RuleViolationException.Of("FEE-REFUND-NOT-ALLOWED", ("purpose", order.Purpose), ("reason", request.Reason), ("detail", detail));

        DateOnly? due = null;
        if (request.Reason is RefundReason.Withdrawal or RefundReason.ContractSigned)
        {
            // BLR 35 and 57, GPR 38: within 5 (working) days of the event, counted by CC 201–203.
            var eventAt = request.EventAt ?? throw RuleViolationException.Of("FEE-REFUND-EVENT", ("detail", $"eventAt is required for {request.Reason}"));
            due = dueBy(request.Reason, eventAt);
        }

        if (request.EventAt > now) throw RuleViolationException.Of("FEE-REFUND-EVENT", ("detail", "eventAt is in the future"));
        var days = withInterest ? DepositInterest.Days(payment.PaidAt, now) : 0;
        return new FeeRefund
        {
            Reason = request.Reason,
            EventAt = request.EventAt,
            DueBy = due,
            RefundedAt = now,
            PrincipalFen = payment.AmountFen,
            InterestFen = withInterest ? DepositInterest.Compute(payment.AmountFen, rateBasisPoints, days) : 0,
            RateBasisPoints = withInterest ? rateBasisPoints : 0,
            InterestDays = days,
            Overdue = due is { } last && FeeLedgerKeys.DateOf(now) > last,
        };
    }

    private static void Invalid(string orderId, string detail) =>
        throw RuleViolationException.Of("FEE-ORDER-ID", ("id", orderId), ("detail", detail));
}
