using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.OpenApi;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Evaluation;

/// <summary>The committee's evaluation: <c>/api/v1/tenders/{id}/evaluation</c> (BL 37-40, BLR 46-53; docs/evaluation.md).</summary>
public static class EvaluationApi
{
    /// <summary>Maps the evaluation's endpoints.</summary>
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders/{id}/evaluation").WithTags("Evaluation");
        api.MapGet("", Get).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The evaluation as the caller may see it: names for supervision and each member's own seat only (BL 37); a bidder its clarifications.");
        api.MapPost("", Open).RequireAuthorization(Policies.Agency)
            .WithSummary("The agency opens the session once the tender is opened and every drawn seat confirmed; the tender moves to Evaluating.");
        api.MapPost("/check-in", CheckIn).RequireAuthorization(Policies.Expert)
            .WithSummary("A confirmed member checks in with the public key it will sign the report with.");
        api.MapPost("/watch", Watch).RequireAuthorization(Policies.Supervisor).WithSummary("A supervisor checks in to watch the session.");
        api.MapGet("/bids", Bids).RequireAuthorization(Policies.Expert).WithMetadata(new RefusesAttribute(StatusCodes.Status409Conflict))
            .WithSummary("The opened bids, for checked-in members while the session is open; every read is logged.");
        api.MapGet("/bids/{bidderId}/payload", Payload).RequireAuthorization(Policies.Expert).WithMetadata(new RefusesAttribute(StatusCodes.Status409Conflict))
            .WithSummary("One bid's decrypted payload (bid form and attachments), for checked-in members while open; every read is logged.");
        api.MapPost("/review", Review).RequireAuthorization(Policies.Expert)
            .WithSummary("A member's qualification and compliance review: the failures it finds, with reason and article; the majority decides (BLR 51).");
        api.MapPost("/scores", Score).RequireAuthorization(Policies.Expert)
            .WithSummary("A member's scores of every valid bid, submitted once; the last sheet aggregates and ranks at most three candidates (BLR 53).");
        api.MapGet("/scores", Scores).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The score sheets: a member sees the others' only after submitting its own (BLR 49); supervision all; the agency once signed.");
        api.MapPost("/clarifications", Ask).RequireAuthorization(Policies.Expert)
            .WithSummary("A member asks a bidder to clarify its bid by a deadline; the bidder is notified (BL 39).");
        api.MapPost("/clarifications/{number}/answer", Answer).RequireAuthorization(Policies.Bidder)
            .WithSummary("The bidder answers a clarification request before its deadline.");
        api.MapPost("/extension", Extend).RequireAuthorization(Policies.Expert)
            .WithSummary("A member finds the time insufficient; more than a third asking extends the session (BLR 48).");
        api.MapPost("/remarks", Remark).RequireAuthorization(Policies.Supervisor).WithSummary("A checked-in supervisor's remark on the session.");
        api.MapPost("/recordings", Recordings).RequireAuthorization(Policies.Supervisor)
            .WithSummary("A checked-in supervisor lodges the session's audio and video recordings by hash.");
        api.MapPost("/report", Report).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Renders the report (candidates, rejections, each member's scores) and signs it with the platform key; by a member or a watching supervisor.");
        api.MapGet("/report.pdf", ReportPdf).RequireAuthorization(Policies.SignedIn).WithMetadata(new RefusesAttribute(StatusCodes.Status409Conflict))
            .WithSummary("The report PDF: members and supervision, the agency once every member signed (BL 37 keeps the committee secret).");
        api.MapPost("/report/signing-request", PrepareSignature).RequireAuthorization(Policies.Expert)
            .WithSummary("Prepares the member's countersignature: the view's signingRequest holds the DER signed attributes to sign with its key.");
        api.MapGet("/report/signing-request.pdf", PreparedPdf).RequireAuthorization(Policies.Expert).WithMetadata(new RefusesAttribute(StatusCodes.Status409Conflict))
            .WithSummary("The report with the member's empty signature appended, whose digest the signed attributes carry.");
        api.MapPost("/report/countersign", Countersign).RequireAuthorization(Policies.Expert)
            .WithSummary("The member's signature over the signed attributes; the last member's hands the candidates to the tender (BLR 54).");
        return app;
    }

    private static IEvaluationGrain Grain(IGrainFactory grains, string id) => grains.GetGrain<IEvaluationGrain>(id);

    private static async Task<Ok<EvaluationView>> Get(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Get(context.ToActor()));

    private static async Task<Ok<EvaluationView>> Open(string id, OpenEvaluationRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Open(context.ToActor(), request.Hours));

    private static async Task<Ok<EvaluationView>> CheckIn(string id, MemberCheckInRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).CheckIn(context.ToActor(), RequestBytes.Base64(request.SigningKey, "signingKey")));

    private static async Task<Ok<EvaluationView>> Watch(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Watch(context.ToActor()));

    private static async Task<Ok<IReadOnlyList<EvaluatedBid>>> Bids(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).ReadBids(context.ToActor()));

    private static async Task<IResult> Payload(string id, string bidderId, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var sha = await Grain(grains, id).ReadPayload(context.ToActor(), bidderId);
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Bid payload {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/octet-stream", $"{id}-{bidderId}.thbp");
    }

    private static async Task<Ok<EvaluationView>> Review(string id, ReviewRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Review(context.ToActor(), request.Failures ?? [], request.CompetitionLacking));

    private static async Task<Ok<EvaluationView>> Score(string id, ScoreRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Score(context.ToActor(), request.Scores ?? []));

    private static async Task<Ok<IReadOnlyList<ScoreSheet>>> Scores(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Scores(context.ToActor()));

    private static async Task<Ok<EvaluationClarification>> Ask(string id, ClarificationRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).AskClarification(context.ToActor(), request.BidderId ?? "", request.Question ?? "", request.Hours));

    private static async Task<Ok<EvaluationClarification>> Answer(string id, int number, ClarificationAnswerRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).AnswerClarification(context.ToActor(), number, request.Answer ?? ""));

    private static async Task<Ok<EvaluationView>> Extend(string id, ExtensionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).AskExtension(context.ToActor(), request.Hours));

    private static async Task<Ok<EvaluationView>> Remark(string id, RemarkRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).Remark(context.ToActor(), request.Text ?? ""));

    private static async Task<Ok<EvaluationView>> Recordings(string id, RecordingsRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await Grain(grains, id).AddRecordings(context.ToActor(), request.Recordings ?? []));

    private static async Task<Ok<EvaluationView>> Report(string id, EvaluationReportSigning signing, HttpContext context) =>
        TypedResults.Ok(await signing.Render(id, context.ToActor(), context.RequestAborted));

    private static async Task<IResult> ReportPdf(string id, EvaluationReportSigning signing, HttpContext context) =>
        TypedResults.Stream(await signing.Read(id, context.ToActor(), prepared: false, context.RequestAborted), "application/pdf", $"{id}-evaluation-report.pdf");

    private static async Task<Ok<EvaluationView>> PrepareSignature(string id, EvaluationReportSigning signing, HttpContext context) =>
        TypedResults.Ok(await signing.Prepare(id, context.ToActor(), context.RequestAborted));

    private static async Task<IResult> PreparedPdf(string id, EvaluationReportSigning signing, HttpContext context) =>
        TypedResults.Stream(await signing.Read(id, context.ToActor(), prepared: true, context.RequestAborted), "application/pdf", $"{id}-evaluation-report-to-sign.pdf");

    private static async Task<Ok<EvaluationView>> Countersign(string id, ReportSignatureRequest request, EvaluationReportSigning signing, HttpContext context) =>
        TypedResults.Ok(await signing.Countersign(id, context.ToActor(), RequestBytes.Base64(request.Signature, "signature"), context.RequestAborted));
}
