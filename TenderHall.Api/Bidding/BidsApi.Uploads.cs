using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
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

    private static async Task<Created<UploadSession>> StartUpload(string id, UploadRequest request, HttpContext context, IGrainFactory grains)
    {
        var bidder = context.ToActor().OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var uploadId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var session = await grains.GetGrain<IBidUploadGrain>(uploadId).Start(id, bidder, request.Size);
        return TypedResults.Created($"/api/v1/tenders/{id}/bids/uploads/{uploadId}", session);
    }

    private static async Task<Ok<UploadSession>> UploadStatus(string id, string uploadId, HttpContext context, IGrainFactory grains) =>
        TypedResults.Ok(await Session(grains, uploadId, id, context));

    private static async Task<Ok<UploadSession>> AppendChunk(string id, string uploadId, long offset, HttpContext context, IGrainFactory grains, IBlobStore blobs, BidIntake intake)
    {
        var session = await Session(grains, uploadId, id, context);
        var body = offset == 0 ? await intake.FirstChunk(id, context.ToActor(), context.Request.Body, context.RequestAborted) : context.Request.Body;
        // The chunk is durable before the session counts it, so an acknowledged byte is never lost.
        var chunk = await blobs.PutAsync(body, context.RequestAborted);
        return TypedResults.Ok(await grains.GetGrain<IBidUploadGrain>(uploadId).Append(session.BidderId, offset, chunk.Sha256Hex, chunk.Size));
    }

    private static async Task<Created<BidReceipt>> CompleteUpload(string id, string uploadId, HttpContext context, IGrainFactory grains, IBlobStore blobs, BidIntake intake)
    {
        var session = await Session(grains, uploadId, id, context);
        if (session.Receipt is { } done) return TypedResults.Created($"/api/v1/tenders/{id}/bids/mine", done);
        if (session.Received != session.Size)
            throw RuleViolationException.Of("BID-UPLOAD", ("expected", session.Received), ("detail", $"only {session.Received} of {session.Size} bytes have arrived"));
        await using var envelope = new ChunkedBlobStream(blobs, session.Chunks);
        var receipt = await intake.Submit(id, context.ToActor(), envelope, context.Request.Headers[SignatureHeader],
            context.Request.Headers[TendersApi.DeviceFingerprintHeader], context.RequestAborted);
        await grains.GetGrain<IBidUploadGrain>(uploadId).Completed(receipt);
        return TypedResults.Created($"/api/v1/tenders/{id}/bids/mine", receipt);
    }

    private static async Task<UploadSession> Session(IGrainFactory grains, string uploadId, string tenderId, HttpContext context)
    {
        var session = await grains.GetGrain<IBidUploadGrain>(uploadId).Get();
        // Someone else's upload is answered exactly like a missing one.
        if (session is null || session.TenderId != tenderId || session.BidderId != context.ToActor().OrganizationId)
            throw RuleViolationException.Of("REQ-NOT-FOUND");
        return session;
    }
}
