using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Award;

/// <summary>
/// After the evaluation: <c>/api/v1/tenders/{id}/award</c> (publicity, objections, award), <c>/contract</c>, <c>/report</c>,
/// <c>/archive</c> and <c>/certificate</c> (BL 45–47, BLR 54–58, GPR 50).
/// </summary>
public static class AwardApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapAwardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders/{id}").WithTags("Award");
        api.MapGet("/award", Get).AllowAnonymous()
            .WithSummary("The candidate publicity (ranks, prices, scores, rejection reasons; organizations only), the award, the contract's progress (public, BLR 54).");
        api.MapPost("/award/objections", Object).RequireAuthorization(Policies.Bidder)
            .WithSummary("A bidder whose bid was opened objects to the result during the publicity; the tender pauses until the agency answers (BLR 54).");
        api.MapPost("/award", Decide).RequireAuthorization(Policies.Agency)
            .WithSummary("The agency determines the winner after the publicity (BLR 55); the signed award notice and result notice go out at one instant (BL 45).");
        api.MapPost("/award/decline", Decline).RequireAuthorization(Policies.Agency)
            .WithSummary("The winner gave up or failed its performance bond: the award falls away and may pass down the ranking (BLR 55).");
        api.MapGet("/award/notice.pdf", NoticePdf).AllowAnonymous().WithSummary("The signed award notice (中标通知书).");
        api.MapGet("/award/result.pdf", ResultPdf).AllowAnonymous().WithSummary("The signed result notice to the other bidders (中标结果通知书).");
        api.MapPost("/contract", Draft).RequireAuthorization(Policies.Agency)
            .WithSummary("The platform drafts and signs the contract from the agency's terms; performance bond at most 10 % (BL 46, BLR 58).");
        api.MapPost("/contract/signing-request", PrepareSignature).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A party (the agency or the winner) prepares its signature: the view's contract.pending holds the DER signed attributes to sign with its registered key.");
        api.MapPost("/contract/signature", Sign).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A party's signature over the signed attributes; the second concludes the contract, refunds deposits and releases letters (BLR 57).");
        api.MapGet("/contract.pdf", ContractPdf).RequireAuthorization(Policies.SignedIn).WithSummary("The contract PDF as it stands, for the parties and supervisors.");
        api.MapPost("/contract/filing", File).RequireAuthorization(Policies.Agency)
            .WithSummary("Government procurement: the agency files the signed contract with the finance department (GPL 47, 7 working days).");
        api.MapPost("/report", Report).RequireAuthorization(Policies.Agency)
            .WithSummary("Generates the written report to supervision from the record, signed by the platform, and files it (BL 47).");
        api.MapGet("/report.pdf", ReportPdf).RequireAuthorization(Policies.SignedIn).WithSummary("The filed written report, for the agency and supervisors.");
        api.MapPost("/archive", Archive).RequireAuthorization(Policies.Agency)
            .WithSummary("Archives the contracted tender and issues its trade certificate (交易凭证); both are named in the transparency log.");
        api.MapGet("/archive.zip", ArchiveZip).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The archive bundle: manifest, records and log proofs; `tenderhall-verify verify-archive` checks it offline.");
        api.MapGet("/certificate", Certificate).AllowAnonymous()
            .WithSummary("The trade certificate: signed statement and log anchor; `tenderhall-verify verify-certificate` checks it offline (docs/trade-certificate.md).");
        return app;
    }

    private static async Task<Ok<AwardView>> Get(string id, IGrainFactory grains, HttpContext context) =>
        Seen(await Award(grains, id).Award(), context.ToActor());

    // The pending signing request is the signer's own business; everything else of the view is public after the evaluation.
    private static Ok<AwardView> Seen(AwardView view, Actor actor)
    {
        if (view.Contract?.Pending is { } pending && pending.Supervisor != actor.UserName) view.Contract.Pending = null;
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<Objection>> Object(string id, ResultObjectionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Award(grains, id).ObjectToResult(context.ToActor(), request.Text ?? ""));

    private static async Task<Ok<AwardView>> Decide(string id, AwardBody body, IGrainFactory grains, IBlobStore blobs, AwardDocuments documents, PlatformClock clock, HttpContext context)
    {
        var actor = context.ToActor();
        var award = Award(grains, id);
        var decision = await award.RequireAwardable(body.WinnerId ?? "", body.Reason, actor);
        var (tender, tenderee) = await Tender(grains, id);
        var at = clock.UtcNow;
        var notice = await Put(blobs, await documents.Notice(tender, tenderee, decision, at), context);
        var result = await Put(blobs, await documents.Result(tender, tenderee, decision, at), context);
        return Seen(await award.Decide(new AwardRequest { WinnerId = decision.BidderId, Reason = body.Reason, NoticePdfSha256 = notice, ResultPdfSha256 = result }, actor), actor);
    }

    private static async Task<Ok<AwardView>> Decline(string id, DeclineBody body, IGrainFactory grains, HttpContext context) =>
        Seen(await Award(grains, id).Decline(body.Reason ?? "", context.ToActor()), context.ToActor());

    private static async Task<IResult> NoticePdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context) =>
        await Pdf(blobs, (await Awarded(grains, id)).NoticePdfSha256, $"{id}-award-notice.pdf", context);

    private static async Task<IResult> ResultPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context) =>
        await Pdf(blobs, (await Awarded(grains, id)).ResultPdfSha256, $"{id}-result-notice.pdf", context);

    private static async Task<Ok<AwardView>> Draft(string id, ContractBody body, IGrainFactory grains, IBlobStore blobs, AwardDocuments documents, PlatformClock clock, HttpContext context)
    {
        var actor = context.ToActor();
        var decision = await Awarded(grains, id);
        ContractDraft.Require(body.ValueFen, body.PerformanceBondFen); // checked before anything is rendered
        var (tender, tenderee) = await Tender(grains, id);
        var pdf = await Put(blobs, await documents.Contract(tender, tenderee, decision, body, clock.UtcNow), context);
        return Seen(await Award(grains, id).DraftContract(new ContractDraft { ValueFen = body.ValueFen, PerformanceBondFen = body.PerformanceBondFen, PdfSha256 = pdf }, actor), actor);
    }

    private static async Task<Ok<AwardView>> PrepareSignature(string id, Opening.SigningRequestBody? body, ContractSigning signing, HttpContext context) =>
        Seen(await signing.Prepare(id, context.ToActor(), string.IsNullOrWhiteSpace(body?.KeyId) ? null : body.KeyId.Trim(), context.RequestAborted), context.ToActor());

    private static async Task<Ok<AwardView>> Sign(string id, ContractSignatureBody body, ContractSigning signing, HttpContext context) =>
        Seen(await signing.Complete(id, context.ToActor(), Common.RequestBytes.Base64(body.Signature, "signature"), context.RequestAborted), context.ToActor());

    private static async Task<IResult> ContractPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var view = await Award(grains, id).Award();
        var contract = view.Contract ?? throw RuleViolationException.Of("TENDER-STATE", ("id", id), ("status", view.Status), ("action", "read the contract"));
        var actor = context.ToActor();
        var party = actor.Is(Roles.Supervisor) || actor.OrganizationId == view.Award?.BidderId
                    || actor.OrganizationId == (await grains.GetGrain<ITenderGrain>(id).Get())?.Registration.AgencyId;
        if (!party && contract.PublishedAt is null) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var sha = contract.Pending is { } pending && pending.Supervisor == actor.UserName ? pending.PreparedPdfSha256 : contract.PdfSha256;
        return await Pdf(blobs, sha, $"{id}-contract.pdf", context);
    }

    private static async Task<Ok<AwardView>> File(string id, IGrainFactory grains, HttpContext context) =>
        Seen(await Award(grains, id).FileContract(context.ToActor()), context.ToActor());

    private static async Task<Ok<AwardView>> Report(string id, IGrainFactory grains, IBlobStore blobs, WrittenReportPdf renderer, PlatformClock clock, HttpContext context)
    {
        var actor = context.ToActor();
        var award = Award(grains, id);
        var (tender, tenderee) = await Tender(grains, id);
        if (tender.Registration.AgencyId != actor.OrganizationId) throw RuleViolationException.Of("TENDER-OWNER", ("id", id));
        var opening = await grains.GetGrain<IOpeningSessionGrain>(id).Get();
        var objections = await grains.GetGrain<ITenderGrain>(id).Objections(actor);
        var pdf = await Put(blobs, await renderer.Render(tender, tenderee, opening, await award.Award(), objections, clock.UtcNow), context);
        return Seen(await award.FileReport(pdf, actor), actor);
    }

    private static async Task<IResult> ReportPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var actor = context.ToActor();
        var (tender, _) = await Tender(grains, id);
        if (!actor.Is(Roles.Supervisor) && actor.OrganizationId != tender.Registration.AgencyId) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var view = await Award(grains, id).Award();
        var sha = view.ReportPdfSha256 ?? throw RuleViolationException.Of("TENDER-STATE", ("id", id), ("status", view.Status), ("action", "read the written report"));
        return await Pdf(blobs, sha, $"{id}-written-report.pdf", context);
    }

    private static async Task<Ok<AwardView>> Archive(string id, TenderArchiver archiver, HttpContext context) =>
        Seen(await archiver.Archive(id, context.ToActor(), context.RequestAborted), context.ToActor());

    private static async Task<IResult> ArchiveZip(string id, IGrainFactory grains, TenderArchiver archiver, HttpContext context)
    {
        var actor = context.ToActor();
        var (tender, _) = await Tender(grains, id);
        if (!actor.Is(Roles.Supervisor) && actor.OrganizationId != tender.Registration.AgencyId) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.File(await archiver.Bundle(id, context.RequestAborted), "application/zip", $"{id}-archive.zip");
    }

    private static async Task<ContentHttpResult> Certificate(string id, TenderArchiver archiver, HttpContext context) =>
        TypedResults.Text(await archiver.Certificate(id, context.RequestAborted), "application/json; charset=utf-8");

    private static ITenderAwardGrain Award(IGrainFactory grains, string id) => grains.GetGrain<ITenderAwardGrain>(id);

    private static async Task<AwardDecision> Awarded(IGrainFactory grains, string id)
    {
        var view = await Award(grains, id).Award();
        return view.Award ?? throw RuleViolationException.Of("TENDER-STATE", ("id", id), ("status", view.Status), ("action", "read the award"));
    }

    private static async Task<(TenderView Tender, string Tenderee)> Tender(IGrainFactory grains, string id)
    {
        var tender = await grains.GetGrain<ITenderGrain>(id).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id));
        var project = await grains.GetGrain<IProjectGrain>(tender.Registration.ProjectCode).Get();
        return (tender, project?.Tenderee ?? "");
    }

    private static async Task<string> Put(IBlobStore blobs, byte[] pdf, HttpContext context)
    {
        using var stream = new MemoryStream(pdf);
        return (await blobs.PutAsync(stream, context.RequestAborted)).Sha256Hex;
    }

    private static async Task<IResult> Pdf(IBlobStore blobs, string sha, string name, HttpContext context)
    {
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Document {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/pdf", name);
    }
}
