using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Complaints;

/// <summary>Complaints to the supervision department: <c>/api/v1/complaints</c> (BLR 60–62, GPL 55–57).</summary>
public static class ComplaintsApi
{
    /// <summary>Largest evidence file.</summary>
    public const long MaxEvidenceBytes = 200L * 1024 * 1024;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/complaints").WithTags("Complaints");
        api.MapPost("/evidence", Evidence).RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxEvidenceBytes),
                new IdempotencyKeyRefusedAttribute("evidence is named by its content: uploading it again stores nothing new, so retry without the header."))
            .WithSummary("A bidder or complainant uploads an evidence file (request body); the answer names it by SHA-256 for the complaint's evidence list.");
        api.MapPost("", File).RequireAuthorization(Policies.SignedIn)
            .WithSummary("A bidder or interested party files a complaint with evidence already uploaded (BLR 60: within 10 days of knowing; GPL 55 after a challenge).");
        api.MapGet("/{complaintId}", Get).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The case with every deadline (acceptance, decision), for its complainant and supervisors only.");
        api.MapPost("/{complaintId}/review", Review).RequireAuthorization(Policies.Supervisor)
            .WithSummary("A supervisor accepts or rejects the complaint (BLR 61: within 3 working days).");
        api.MapPost("/{complaintId}/suspension", Suspend).RequireAuthorization(Policies.Supervisor)
            .WithSummary("A supervisor suspends the tender while the complaint is handled (BLR 62, GPL 57).");
        api.MapPost("/{complaintId}/decision", Decide).RequireAuthorization(Policies.Supervisor)
            .WithSummary("A supervisor decides (BLR 61: within 30 working days): dismiss, or uphold with re-evaluation or re-tendering, which the tender follows.");
        return app;
    }

    private static async Task<Created<BlobRef>> Evidence(HttpRequest request, IBlobStore blobs, HttpContext context)
    {
        var actor = context.ToActor();
        if (!actor.Is(Roles.Bidder) && !actor.Is(Roles.Complainant)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var blob = await blobs.PutAsync(request.Body, context.RequestAborted);
        return TypedResults.Created($"/api/v1/blobs/{blob.Sha256Hex}", blob);
    }

    private static async Task<Created<ComplaintView>> File(ComplaintFiling filing, IGrainFactory grains, HttpContext context)
    {
        var id = "C" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var view = await grains.GetGrain<IComplaintGrain>(id).File(filing, context.ToActor());
        return TypedResults.Created($"/api/v1/complaints/{id}", view);
    }

    private static async Task<Ok<ComplaintView>> Get(string complaintId, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Get(context.ToActor()));

    private static async Task<Ok<ComplaintView>> Review(string complaintId, ComplaintReviewRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Review(request.Accept, request.Note ?? "", context.ToActor()));

    private static async Task<Ok<ComplaintView>> Suspend(string complaintId, ComplaintNoteRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).SuspendTender(request.Note ?? "", context.ToActor()));

    private static async Task<Ok<ComplaintView>> Decide(string complaintId, ComplaintDecisionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Decide(request.Outcome, request.Note ?? "", context.ToActor()));
}
