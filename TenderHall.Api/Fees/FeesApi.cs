using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Fees;

/// <summary>
/// Unified fee collection (统一收费, ALL 58-59). Payers open orders at the published standard; only the designated bank's
/// signed callback marks an order paid; the centre refunds; supervisors and the centre read the ledger. Who bought
/// tender documents is secret (BL 22): an order is visible to its payer, the centre and supervisors only.
/// </summary>
public static class FeesApi
{
    /// <summary>Longest ledger query, in days.</summary>
    public const int MaxLedgerDays = 92;

    /// <summary>Maps <c>/api/v1/fees</c>.</summary>
    public static IEndpointRouteBuilder MapFeesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/fees").WithTags("Fees");
        api.MapPost("/schedules", PublishSchedule).RequireAuthorization(Policies.CentreAdmin).WithMetadata(new IdempotentAttribute())
            .WithSummary("Publishes the fee standard of a subject other than a tender, e.g. a licensing item (ALL 59); a tender publishes its own with its announcement (BLR 16, 26).");
        api.MapGet("/schedules/{subjectId}", GetSchedule).AllowAnonymous()
            .WithSummary("A tender's published fee standard.");
        api.MapPost("/orders", CreateOrder).RequireAuthorization(Policies.FeePayer).WithMetadata(new IdempotentAttribute())
            .WithSummary("Opens a fee order at the published standard: bidders for their own documents and deposits, window officers for licensing fees.");
        api.MapGet("/orders/{orderId}", GetOrder).RequireAuthorization(Policies.SignedIn)
            .WithSummary("One order; for its payer, the centre and supervisors.");
        api.MapGet("/orders/{orderId}/receipt", GetReceipt).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The electronic receipt (电子票据) of a paid order; for its payer, the centre and supervisors.");
        api.MapPost("/orders/{orderId}/refund", Refund).RequireAuthorization(Policies.CentreAdmin).WithMetadata(new IdempotentAttribute())
            .WithSummary("Refunds a paid order for withdrawal (BLR 35), contract signing (BLR 57), termination (BLR 31), or a licensing case ended without a licence (ALL 58-59).");
        api.MapGet("/subjects/{subjectId}/orders", ListOrders).RequireAuthorization(Policies.FeeAuditor)
            .WithSummary("Every order of a tender or case; secret under BL 22, so for the centre and supervisors only.");
        api.MapGet("/ledger", Ledger).RequireAuthorization(Policies.FeeAuditor)
            .WithSummary("Ledger balances over China-time days, with the proof that debits equal credits and the treasury holds fees less refunds.");
        api.MapTenderFees();
        api.MapPost("/bank-callbacks", BankCallback).AllowAnonymous()
            .WithSummary("Payment notice from the designated bank; accepted only with the bank's ECDSA P-256 signature over the canonical text.");
        return app;
    }

    private static async Task<Ok<FeeSchedule>> PublishSchedule(FeeScheduleBody body, IGrainFactory grains)
    {
        if (!FeeOrderIds.IsPart(body.SubjectId)) throw RuleViolationException.Of("REQ-FIELD", ("field", "subjectId"), ("detail", "1-100 visible characters without ':'"));
        // BLR 16, 26: a tender's document price and deposit are what its announcement published; nobody changes them aside.
        if (await grains.GetGrain<ITenderGrain>(body.SubjectId!).Get() is not null)
            throw RuleViolationException.Of("FEE-TENDER-STANDARD", ("subject", body.SubjectId!));
        var schedule = new FeeSchedule
        {
            DocumentFeeFen = body.DocumentFeeFen,
            DepositFen = body.DepositFen,
            EstimatedPriceFen = body.EstimatedPriceFen,
            Basis = body.Basis ?? "",
        };
        return TypedResults.Ok(await grains.GetGrain<IFeeScheduleGrain>(body.SubjectId!).Publish(schedule));
    }

    private static async Task<Ok<FeeSchedule>> GetSchedule(string subjectId, IGrainFactory grains) =>
        FeeOrderIds.IsPart(subjectId) && await grains.GetGrain<IFeeScheduleGrain>(subjectId).Get() is { } schedule
            ? TypedResults.Ok(schedule)
            : throw RuleViolationException.Of("FEE-NO-STANDARD", ("purpose", "fee"), ("subject", subjectId));

    private static async Task<Created<FeeOrder>> CreateOrder(FeeOrderBody body, IGrainFactory grains, ClaimsPrincipal user)
    {
        var purpose = body.Purpose ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "purpose"), ("detail", "required"));
        string? payer;
        if (purpose is FeePurpose.DocumentFee or FeePurpose.BidDeposit && user.IsInRole(Roles.Bidder))
            payer = user.FindFirstValue(ClaimNames.Organization) ?? throw RuleViolationException.Of("FEE-PAYER");
        else if (purpose == FeePurpose.LicensingFee && user.IsInRole(Roles.WindowOfficer))
            payer = body.PayerId;
        else throw RuleViolationException.Of("FEE-PURPOSE", ("purpose", purpose));

        if (!FeeOrderIds.IsPart(body.SubjectId)) throw RuleViolationException.Of("REQ-FIELD", ("field", "subjectId"), ("detail", "1-100 visible characters without ':'"));
        if (!FeeOrderIds.IsPart(payer)) throw RuleViolationException.Of("REQ-FIELD", ("field", "payerId"), ("detail", "1-100 visible characters without ':'"));
        var amount = body.AmountFen ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "amountFen"), ("detail", "required"));
        // BLR 16: tender documents are sold only during the announced sale window.
        if (purpose == FeePurpose.DocumentFee) await grains.GetGrain<ITenderGrain>(body.SubjectId!).RequireSaleOpen();
        var id = FeeOrderIds.For(purpose, body.SubjectId!, payer!);
        var order = await grains.GetGrain<IFeeOrderGrain>(id).Create(new FeeOrderRequest
        {
            Purpose = purpose,
            SubjectId = body.SubjectId!,
            PayerId = payer!,
            AmountFen = amount,
            LicensingItemCode = body.LicensingItemCode,
            FeeName = body.FeeName,
        });
        return TypedResults.Created($"/api/v1/fees/orders/{Uri.EscapeDataString(id)}", order);
    }

    private static async Task<Ok<FeeOrder>> GetOrder(string orderId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok(await Readable(orderId, grains, user));

    private static async Task<Ok<FeeReceipt>> GetReceipt(string orderId, IGrainFactory grains, ClaimsPrincipal user) =>
        TypedResults.Ok(FeeReceipt.Of(await Readable(orderId, grains, user)));

    // BL 22: the payer is part of the order id, so the check needs no lookup and a stranger learns nothing about
    // whether an order exists.
    private static async Task<FeeOrder> Readable(string orderId, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (!FeeOrderIds.TryParse(orderId, out _, out _, out var payerId)) throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", orderId));
        if (!user.IsInRole(Roles.CentreAdmin) && !user.IsInRole(Roles.Supervisor) && user.FindFirstValue(ClaimNames.Organization) != payerId)
            throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return await grains.GetGrain<IFeeOrderGrain>(orderId).Get() ?? throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", orderId));
    }

    private static async Task<Ok<FeeOrder>> Refund(string orderId, FeeRefundBody body, IGrainFactory grains)
    {
        if (!FeeOrderIds.TryParse(orderId, out _, out _, out _)) throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", orderId));
        var reason = body.Reason ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "required"));
        return TypedResults.Ok(await grains.GetGrain<IFeeOrderGrain>(orderId).Refund(new FeeRefundRequest { Reason = reason, EventAt = body.EventAt }));
    }

    private static Task<Page<FeeOrder>> ListOrders(string subjectId, IGrainFactory grains, int? skip, int? take) =>
        FeeOrderIds.IsPart(subjectId)
            ? Paging.Load(grains, FeeOrderIds.SubjectIndex(subjectId), skip, take, id => grains.GetGrain<IFeeOrderGrain>(id).Get())
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "subjectId"), ("detail", "1-100 visible characters without ':'"));

    private static async Task<Ok<FeeLedgerReport>> Ledger(IGrainFactory grains, PlatformClock clock, DateOnly? from, DateOnly? to)
    {
        var today = FeeLedgerKeys.DateOf(clock.UtcNow);
        var (first, last) = (from ?? to ?? today, to ?? from ?? today);
        if (last < first || last.DayNumber - first.DayNumber >= MaxLedgerDays)
            throw RuleViolationException.Of("FEE-LEDGER-RANGE", ("max", MaxLedgerDays));
        var keys = FeeLedgerKeys.Between(first, last).ToList();
        var shards = await Task.WhenAll(keys.Select(k => grains.GetGrain<IFeeLedgerGrain>(k).Totals()));
        var totals = FeeJournal.Combine(shards);
        var accounts = totals.Accounts
            .Select(a => new AccountBalance(a.Account, FeeAccounts.NameZh(a.Account), a.DebitFen, a.CreditFen, FeeAccounts.Balance(a), a.CollectedFen, a.RefundedFen))
            .ToList();
        return TypedResults.Ok(new FeeLedgerReport(first, last, keys.Count, totals.EntryCount, accounts, FeeJournal.Prove(totals)));
    }

    private static async Task<Ok<FeeCallbackResult>> BankCallback(BankCallback callback, BankCallbackVerifier bank, IGrainFactory grains)
    {
        // Verified before any grain is touched: an anonymous caller cannot wake grains with unsigned bodies.
        bank.Check(callback);
        if (!FeeOrderIds.TryParse(callback.OrderId, out _, out _, out _)) throw RuleViolationException.Of("FEE-ORDER-NOT-FOUND", ("id", callback.OrderId));
        var order = await grains.GetGrain<IFeeOrderGrain>(callback.OrderId).ConfirmPayment(callback);
        var payment = order.Payment!;
        return TypedResults.Ok(new FeeCallbackResult(order.Id, payment.BankTransactionId, payment.AmountFen, payment.ReceiptNumber));
    }
}
