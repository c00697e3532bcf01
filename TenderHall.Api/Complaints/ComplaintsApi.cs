using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

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
        api.MapGet("/mine", Mine).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The caller's organisation's own complaints with every deadline, newest first (a bidder or complainant).");
        api.MapGet("", Queue).RequireAuthorization(Policies.Supervisor)
            .WithSummary("The supervisors' queue: every complaint not yet rejected or decided, the nearest clock (acceptance, decision) first.");
        api.MapGet("/{complaintId}/evidence/{sha256}", EvidenceFile).RequireAuthorization(Policies.SignedIn)
            .WithSummary("One evidence file of the case, for its complainant and supervisors only.");
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
        return await Blobs.BlobsApi.Upload(request, blobs, context.RequestAborted);
    }

    private static async Task<Created<ComplaintView>> File(ComplaintFiling filing, IGrainFactory grains, HttpContext context)
    {
        var id = "C" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var view = await grains.GetGrain<IComplaintGrain>(id).File(filing, context.ToActor());
        return TypedResults.Created($"/api/v1/complaints/{id}", view);
    }

    private static async Task<Ok<ComplaintView>> Get(string complaintId, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Get(context.ToActor()));

    private static async Task<Ok<ComplaintView[]>> Mine(IGrainFactory grains, HttpContext context)
    {
        var actor = context.ToActor();
        if ((!actor.Is(Roles.Bidder) && !actor.Is(Roles.Complainant)) || actor.OrganizationId is null) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var views = await Cases(grains, ComplaintIndexKeys.Complainant(actor.OrganizationId), actor);
        return TypedResults.Ok(views.OrderByDescending(v => v.FiledAt).ToArray());
    }

    private static async Task<Ok<ComplaintView[]>> Queue(IGrainFactory grains, HttpContext context)
    {
        var views = await Cases(grains, ComplaintIndexKeys.Open, context.ToActor());
        // The clock that runs now: acceptance while filed (BLR 61), then the decision (BLR 61, GPL 56).
        return TypedResults.Ok(views.OrderBy(v => (v.Status == ComplaintStatus.Filed ? v.AcceptanceDue : null) ?? v.DecisionDue ?? DateTimeOffset.MaxValue).ToArray());
    }

    private static async Task<ComplaintView[]> Cases(IGrainFactory grains, string index, Actor actor)
    {
        var ids = await DirectoryIndexes.AllIds(grains, index);
        return await Task.WhenAll(ids.Select(id => grains.GetGrain<IComplaintGrain>(id).Get(actor)));
    }

    private static async Task<IResult> EvidenceFile(string complaintId, string sha256, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        var view = await grains.GetGrain<IComplaintGrain>(complaintId).Get(context.ToActor());
        var sha = sha256.ToLowerInvariant();
        if (!view.Filing.Evidence.Contains(sha)) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", $"{complaintId}/{sha256}"));
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Evidence {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/octet-stream", $"{complaintId}-{sha[..12]}.bin");
    }

    private static async Task<Ok<ComplaintView>> Review(string complaintId, ComplaintReviewRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Review(request.Accept, request.Note ?? "", context.ToActor()));

    private static async Task<Ok<ComplaintView>> Suspend(string complaintId, ComplaintNoteRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).SuspendTender(request.Note ?? "", context.ToActor()));

    private static async Task<Ok<ComplaintView>> Decide(string complaintId, ComplaintDecisionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IComplaintGrain>(complaintId).Decide(request.Outcome, request.Note ?? "", context.ToActor()));
}
