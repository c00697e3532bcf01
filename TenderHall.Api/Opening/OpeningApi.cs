using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Opening;

/// <summary>The online opening session: <c>/api/v1/tenders/{id}/opening</c> (BL 34–36, BLR 44, EBM 29–33).</summary>
public static class OpeningApi
{
    /// <summary>Maps the session's endpoints.</summary>
    public static IEndpointRouteBuilder MapOpeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders/{id}/opening").WithTags("Opening");
        api.MapGet("", Get).AllowAnonymous().WithSummary("The session: attendance, shares received, and after decryption names and prices (public).");
        api.MapPost("/check-in", CheckIn).RequireAuthorization(Policies.Supervisor).WithSummary("A supervisor checks in.");
        api.MapPost("/shares", Share).RequireAuthorization(Policies.SignedIn).WithSummary("A custodian hands over its signed share of the opening key.");
        api.MapPost("/bidder-part", BidderPart).RequireAuthorization(Policies.Bidder)
            .WithSummary("Bidder-and-quorum: the bidder hands over its signed part of its envelope's key within the time limit.");
        api.MapPost("/response", Respond).RequireAuthorization(Policies.Bidder).WithSummary("A bidder confirms its line of the record or objects (BLR 44).");
        api.MapPost("/objections/{bidderId}/answer", Answer).RequireAuthorization(Policies.Agency).WithSummary("The agency answers an objection on the spot.");
        api.MapPost("/record", Record).RequireAuthorization(Policies.Supervisor)
            .WithSummary("Renders the opening record PDF in Chinese, signs it with the platform key and attaches it.");
        api.MapGet("/record.pdf", RecordPdf).AllowAnonymous().WithSummary("The opening record PDF: signed by the platform, and once the session closes also by the supervisor.");
        api.MapPost("/record/signing-request", PrepareSignature).RequireAuthorization(Policies.Supervisor)
            .WithSummary("Prepares the supervisor's signature of the record: the view's signingRequest holds the DER signed attributes to sign with the organisation's key.");
        api.MapGet("/record/signing-request.pdf", PreparedPdf).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The record with the supervisor's empty signature appended, whose digest the signed attributes carry.");
        api.MapPost("/close", Close).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The supervisor closes the session with notes, recordings and its signature over the signed attributes; the record then carries both signatures.");
        return app;
    }

    private static async Task<Ok<OpeningView>> Get(string id, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).Get(), context);

    // Every answer carrying the view goes through here: the check-in's network address is kept for supervisors
    // (EBM 49), not shown to custodians, bidders, agencies or the public. The view is the grain call's copy.
    private static Ok<OpeningView> Seen(OpeningView view, HttpContext context)
    {
        if (!context.ToActor().Is(Roles.Supervisor)) view.Attendance = [.. view.Attendance.Select(a => a with { Address = null })];
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<OpeningView>> CheckIn(string id, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).CheckIn(context.ToActor()), context);

    private static async Task<Ok<OpeningView>> Share(string id, ShareRequest request, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).SubmitShare(context.ToActor(), request.X, RequestBytes.Base64(request.Share, "share"), RequestBytes.Base64(request.Signature, "signature")), context);

    private static async Task<Ok<OpeningView>> BidderPart(string id, BidderPartRequest request, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).SubmitBidderPart(context.ToActor(), RequestBytes.Base64(request.Part, "part"), RequestBytes.Base64(request.Signature, "signature")), context);

    private static async Task<Ok<OpeningView>> Respond(string id, OpeningResponseRequest request, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).Respond(context.ToActor(), request.Confirm, request.Objection), context);

    private static async Task<Ok<OpeningView>> Answer(string id, string bidderId, OpeningAnswerRequest request, IGrainFactory grains, HttpContext context) =>
        Seen(await grains.GetGrain<IOpeningSessionGrain>(id).AnswerObjection(context.ToActor(), bidderId, request.Answer ?? ""), context);

    private static async Task<Ok<OpeningView>> Record(string id, IGrainFactory grains, IBlobStore blobs, OpeningRecordPdf renderer, PlatformClock clock)
    {
        var session = grains.GetGrain<IOpeningSessionGrain>(id);
        var view = await session.Get();
        if (view.Status != OpeningStatus.RecordPublished)
            throw RuleViolationException.Of("OPEN-STATE", ("tender", id), ("status", view.Status), ("action", "sign the record"));
        var tender = await grains.GetGrain<ITenderGrain>(id).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id));
        var pdf = await renderer.Render(tender, view, clock.UtcNow);
        using var stream = new MemoryStream(pdf);
        var blob = await blobs.PutAsync(stream, CancellationToken.None);
        return TypedResults.Ok(await session.AttachRecord(blob.Sha256Hex));
    }

    private static async Task<IResult> RecordPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var view = await grains.GetGrain<IOpeningSessionGrain>(id).Get();
        var sha = view.RecordPdfSha256 ?? throw RuleViolationException.Of("OPEN-STATE", ("tender", id), ("status", view.Status), ("action", "read the record"));
        return await Pdf(blobs, sha, $"{id}-opening-record.pdf", context);
    }

    private static async Task<Ok<OpeningView>> PrepareSignature(string id, SigningRequestBody? request, SupervisorRecordSignature signature, HttpContext context) =>
        TypedResults.Ok(await signature.Prepare(id, context.ToActor(), string.IsNullOrWhiteSpace(request?.KeyId) ? null : request.KeyId.Trim(), context.RequestAborted));

    private static async Task<IResult> PreparedPdf(string id, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var view = await grains.GetGrain<IOpeningSessionGrain>(id).Get();
        var sha = view.SigningRequest?.PreparedPdfSha256 ?? throw RuleViolationException.Of("OPEN-STATE", ("tender", id), ("status", view.Status), ("action", "read the prepared signature"));
        return await Pdf(blobs, sha, $"{id}-opening-record-to-sign.pdf", context);
    }

    private static async Task<IResult> Pdf(IBlobStore blobs, string sha, string name, HttpContext context)
    {
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Opening record {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/pdf", name);
    }

    private static async Task<Ok<OpeningView>> Close(string id, CloseRequest request, SupervisorRecordSignature signature, HttpContext context) =>
        TypedResults.Ok(await signature.Close(id, context.ToActor(), request.Notes ?? "", request.Recordings ?? [], RequestBytes.Base64(request.Signature, "signature"), context.RequestAborted));
}
