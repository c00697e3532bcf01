using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Api.Tendering;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Bidding;

/// <summary>Resumable uploads: a 2 GiB bid over a bad line continues from the last byte the platform stored.</summary>
public static partial class BidsApi
{
    private static void MapUploads(RouteGroupBuilder api)
    {
        api.MapPost("/uploads", StartUpload).WithMetadata(new IdempotentAttribute())
            .WithSummary("Starts a resumable upload of an envelope of the given size.");
        api.MapGet("/uploads/{uploadId}", UploadStatus).WithSummary("How many bytes of the upload the platform holds (resume from there).");
        api.MapPut("/uploads/{uploadId}", AppendChunk).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBody))
            .WithSummary("Appends the request body at ?offset=N (must equal the bytes held).");
        api.MapPost("/uploads/{uploadId}/complete", CompleteUpload).WithMetadata(new IdempotentAttribute())
            .WithSummary("Completes the upload into a bid (X-Bid-Signature) and answers with the signed receipt.");
    }

    private static async Task<Created<UploadSession>> StartUpload(string id, UploadRequest request, HttpContext context, IBidIntake intake)
    {
        RouteIds.Require(id, "id");
        var session = await intake.StartUpload(id, context.ToActor(), request.Size);
        return TypedResults.Created($"/api/v1/tenders/{id}/bids/uploads/{session.UploadId}", session);
    }

    private static async Task<Ok<UploadSession>> UploadStatus(string id, string uploadId, HttpContext context, IBidIntake intake) =>
        TypedResults.Ok(await intake.Upload(id, uploadId, context.ToActor()));

    private static async Task<Ok<UploadSession>> AppendChunk(string id, string uploadId, long offset, HttpContext context, IBidIntake intake) =>
        TypedResults.Ok(await intake.AppendChunk(id, uploadId, context.ToActor(), offset, context.Request.Body, context.RequestAborted));

    private static async Task<Created<BidReceipt>> CompleteUpload(string id, string uploadId, HttpContext context, IBidIntake intake)
    {
        var receipt = await intake.CompleteUpload(id, uploadId, context.ToActor(), context.Request.Headers[SignatureHeader],
            context.Request.Headers[TendersApi.DeviceFingerprintHeader], context.RequestAborted);
        return TypedResults.Created($"/api/v1/tenders/{id}/bids/mine", receipt);
    }
}
