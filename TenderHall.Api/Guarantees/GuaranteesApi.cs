using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Guarantees;

/// <summary>
/// Bid guarantee letters (投标保函, BLR 26): bidders lodge a letter for a tender's deposit before the deadline; only the
/// issuer's signed callback verifies or rejects it; letters are released where a cash deposit would be refunded. Who bids is
/// secret before the opening (BL 22): a letter is visible to its bidder, the centre and supervisors only.
/// </summary>
public static class GuaranteesApi
{
    /// <summary>Maps <c>/api/v1/guarantees</c>.</summary>
    public static IEndpointRouteBuilder MapGuaranteesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/guarantees").WithTags("Guarantees");
        api.MapPost("/", Lodge).RequireAuthorization(Policies.Bidder).WithMetadata(new IdempotentAttribute())
            .WithSummary("Lodges the caller's guarantee letter for a tender's bid deposit before the deadline, replacing its current one (BLR 26).");
        api.MapGet("/{guaranteeId}", Get).RequireAuthorization(Policies.SignedIn)
            .WithSummary("One guarantee letter; for its bidder, the centre and supervisors.");
        // On the tender, not under /guarantees/{guaranteeId}: a guarantee id "tenders" would make the path ambiguous.
        app.MapGet("/api/v1/tenders/{tenderId}/guarantees", List).WithTags("Guarantees").RequireAuthorization(Policies.FeeAuditor)
            .WithSummary("Every guarantee letter of a tender; secret under BL 22, so for the centre and supervisors only.");
        api.MapPost("/{guaranteeId}/release", Release).RequireAuthorization(Policies.CentreAdmin).WithMetadata(new IdempotentAttribute())
            .WithSummary("Releases a letter after the contract (BLR 57), as deposits are refunded; withdrawal and termination release letters by themselves.");
        api.MapPost("/issuer-callbacks", IssuerCallback).AllowAnonymous()
            .WithSummary("The issuer's decision on a letter; accepted only with the issuer gateway's ECDSA P-256 signature over the canonical text.");
        return app;
    }

    private static async Task<Created<GuaranteeLetter>> Lodge(GuaranteeBody body, IGrainFactory grains, ClaimsPrincipal user)
    {
        var bidder = user.FindFirstValue(ClaimNames.Organization) ?? throw RuleViolationException.Of("FEE-PAYER");
        if (!FeeOrderIds.IsPart(body.TenderId)) throw RuleViolationException.Of("REQ-FIELD", ("field", "tenderId"), ("detail", "1-100 visible characters without ':'"));
        if (!FeeOrderIds.IsPart(bidder)) throw RuleViolationException.Of("REQ-FIELD", ("field", "bidderId"), ("detail", "1-100 visible characters without ':'"));
        // Only those who obtained the documents bid, so only they lodge letters (BL 22).
        if (!await DocumentPurchase.IsPaid(grains, body.TenderId!, bidder)) throw RuleViolationException.Of("TENDER-HOLDER", ("id", body.TenderId));
        var id = GuaranteeIds.For(body.TenderId!, bidder);
        var letter = await grains.GetGrain<IGuaranteeGrain>(id).Lodge(new GuaranteeLodging
        {
            IssuerName = body.IssuerName ?? "", IssuerCreditCode = body.IssuerCreditCode ?? "", LetterNumber = body.LetterNumber ?? "",
            AmountFen = Required(body.AmountFen, "amountFen"), ValidFrom = Required(body.ValidFrom, "validFrom"), ValidUntil = Required(body.ValidUntil, "validUntil"),
        });
        return TypedResults.Created($"/api/v1/guarantees/{Uri.EscapeDataString(id)}", letter);
    }

    // BL 22: the bidder is part of the id, so the check needs no lookup and a stranger learns nothing about whether a letter exists.
    private static async Task<Ok<GuaranteeLetter>> Get(string guaranteeId, IGrainFactory grains, ClaimsPrincipal user)
    {
        if (!GuaranteeIds.TryParse(guaranteeId, out _, out var bidderId)) throw RuleViolationException.Of("GUAR-NONE", ("id", guaranteeId));
        if (!user.IsInRole(Roles.CentreAdmin) && !user.IsInRole(Roles.Supervisor) && user.FindFirstValue(ClaimNames.Organization) != bidderId)
            throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IGuaranteeGrain>(guaranteeId).Get() ?? throw RuleViolationException.Of("GUAR-NONE", ("id", guaranteeId)));
    }

    private static Task<Page<GuaranteeLetter>> List(string tenderId, IGrainFactory grains, int? skip, int? take) =>
        FeeOrderIds.IsPart(tenderId)
            ? Paging.Load(grains, GuaranteeIds.TenderIndex(tenderId), skip, take, id => grains.GetGrain<IGuaranteeGrain>(id).Get())
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "tenderId"), ("detail", "1-100 visible characters without ':'"));

    private static async Task<Ok<GuaranteeLetter>> Release(string guaranteeId, GuaranteeReleaseBody body, IGrainFactory grains, HttpContext context)
    {
        if (!GuaranteeIds.TryParse(guaranteeId, out _, out _)) throw RuleViolationException.Of("GUAR-NONE", ("id", guaranteeId));
        var reason = body.Reason ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "required"));
        var request = new GuaranteeReleaseRequest { Reason = reason, EventAt = body.EventAt, By = context.ToActor().UserName };
        return TypedResults.Ok(await grains.GetGrain<IGuaranteeGrain>(guaranteeId).Release(request));
    }

    private static async Task<Ok<GuaranteeLetter>> IssuerCallback(GuaranteeCallback callback, GuaranteeCallbackVerifier issuer, IGrainFactory grains)
    {
        // Verified before any grain is touched: an anonymous caller cannot wake grains with unsigned bodies.
        issuer.Check(callback);
        if (!GuaranteeIds.TryParse(callback.GuaranteeId, out _, out _))
            throw RuleViolationException.Of("GUAR-UNKNOWN-LETTER", ("number", callback.LetterNumber), ("issuer", callback.IssuerCreditCode), ("id", callback.GuaranteeId));
        return TypedResults.Ok(await grains.GetGrain<IGuaranteeGrain>(callback.GuaranteeId).Decide(callback));
    }

    private static T Required<T>(T? value, string field) where T : struct =>
        value ?? throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "required"));
}
