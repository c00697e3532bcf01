using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Blobs;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tendering;

/// <summary>
/// The evidence an objector files with its grounds (BLR 22): uploaded first (<c>POST /api/v1/objections/evidence</c>), named
/// by SHA-256 in the objection, read back only by the objector, the agency that answers and supervisors.
/// </summary>
public static class ObjectionEvidenceApi
{
    /// <summary>Largest evidence file.</summary>
    public const long MaxEvidenceBytes = 200L * 1024 * 1024;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapObjectionEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/objections/evidence", Upload).WithTags("Tenders").RequireAuthorization(Policies.Objector)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxEvidenceBytes),
                new IdempotencyKeyRefusedAttribute("evidence is named by its content: uploading it again stores nothing new, so retry without the header."))
            .WithSummary("An objector uploads an evidence file (request body); the answer names it by SHA-256 for the objection's evidence list.");
        app.MapGet("/api/v1/tenders/{id}/objections/{objectionId}/evidence/{sha256}", Download).WithTags("Tenders").RequireAuthorization(Policies.SignedIn)
            .WithSummary("One evidence file of an objection, for its objector, the tender's agency and supervisors only.");
        return app;
    }

    private static Task<Created<BlobRef>> Upload(HttpRequest request, IBlobStore blobs, HttpContext context) =>
        BlobsApi.Upload(request, blobs, context.RequestAborted);

    private static async Task<IResult> Download(string id, string objectionId, string sha256, IGrainFactory grains, IBlobStore blobs, HttpContext context)
    {
        // The tender answers each caller with the objections it may read: its own for a bidder, all for the agency and supervisors.
        var objection = (await grains.GetGrain<ITenderGrain>(id).Objections(context.ToActor())).FirstOrDefault(o => o.Id == objectionId);
        var sha = sha256.ToLowerInvariant();
        if (objection is null || !objection.Evidence.Contains(sha)) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", $"{id}/{objectionId}/{sha256}"));
        var stream = await blobs.OpenReadAsync(sha, context.RequestAborted) ?? throw new IOException($"Evidence {sha} is missing from the blob store.");
        return TypedResults.Stream(stream, "application/octet-stream", $"{id}-{objectionId}-{sha[..12]}.bin");
    }
}
