using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Api.Tendering;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.Bidding;

/// <summary>The bid box over HTTP: submit, self-test, resumable upload, replace, withdraw (EBM 26–29, BLR 35).</summary>
public static partial class BidsApi
{
    /// <summary>Header carrying the bidder's signature over the envelope's SHA-256, base64.</summary>
    public const string SignatureHeader = "X-Bid-Signature";

    /// <summary>Largest single request body: a whole envelope or one upload chunk.</summary>
    public const long MaxBody = 4L * 1024 * 1024 * 1024;

    /// <summary>Maps <c>/api/v1/tenders/{id}/bids</c>.</summary>
    public static IEndpointRouteBuilder MapBidsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/tenders/{id}/bids").WithTags("Bidding").RequireAuthorization(Policies.Bidder);
        api.MapPost("", Submit).WithMetadata(new IdempotentAttribute(), new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBody))
            .WithSummary("Submits a sealed envelope (request body) signed by the bidder (X-Bid-Signature); answers with the signed receipt.");
        api.MapPost("/self-test", SelfTest).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBody))
            .WithSummary("Checks an envelope is well formed and sealed to this tender's opening key, without storing it.");
        api.MapGet("/mine", Mine).WithSummary("The caller's own bid: the receipt that counts, replaced envelopes, withdrawal.");
        api.MapPost("/withdraw", Withdraw).WithSummary("Withdraws the caller's bid before the deadline (BLR 35: the deposit is refunded).");
        // Beside the bid box, not in it: /bids/{bidderId}/envelope would be ambiguous with /bids/uploads/{uploadId}.
        app.MapGet("/api/v1/tenders/{id}/envelopes/{bidderId}", Envelope).WithTags("Bidding").RequireAuthorization(Policies.Bidder)
            .WithSummary("The bidder's own envelope; anyone else's is sealed until the opening, and the attempt is reported.");
        MapUploads(api);
        return app;
    }

    private static async Task<Created<BidReceipt>> Submit(string id, HttpContext context, IBidIntake intake)
    {
        var receipt = await intake.Submit(id, context.ToActor(), context.Request.Body, context.Request.Headers[SignatureHeader],
            context.Request.Headers[TendersApi.DeviceFingerprintHeader], context.RequestAborted);
        return TypedResults.Created($"/api/v1/tenders/{id}/bids/mine", receipt);
    }

    private static async Task<Ok<EnvelopeSelfTest>> SelfTest(string id, HttpContext context, IBidIntake intake) =>
        TypedResults.Ok(await intake.SelfTest(id, context.ToActor(), context.Request.Body, context.RequestAborted));

    private static async Task<Ok<BidStatus>> Mine(string id, HttpContext context, IBidIntake intake) =>
        TypedResults.Ok(await intake.Status(id, context.ToActor()));

    private static async Task<NoContent> Withdraw(string id, HttpContext context, IBidIntake intake)
    {
        await intake.Withdraw(id, context.ToActor());
        return TypedResults.NoContent();
    }

    private static async Task<FileStreamHttpResult> Envelope(string id, string bidderId, HttpContext context, IBidIntake intake) =>
        TypedResults.Stream(await intake.OwnEnvelope(id, bidderId, context.ToActor(), context.RequestAborted), "application/octet-stream", $"{id}-{bidderId}.thse");
}
