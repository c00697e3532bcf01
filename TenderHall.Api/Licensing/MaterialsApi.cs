using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;

namespace TenderHall.Api.Licensing;

/// <summary><c>POST /api/v1/licensing/materials</c>: applicants upload application materials into the blob store, named by SHA-256.</summary>
public static class MaterialsApi
{
    /// <summary>Largest material (scanned forms and drawings).</summary>
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    /// <summary>Maps the upload endpoint.</summary>
    public static IEndpointRouteBuilder MapLicensingMaterialsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/licensing/materials", Blobs.BlobsApi.Upload).WithTags("Licensing").RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes),
                new IdempotencyKeyRefusedAttribute("a material is named by its content: uploading it again stores nothing new and answers with the same name, so retry without the header."))
            .WithSummary("Uploads one application material (request body, any content type); durable before the answer.");
        return app;
    }
}
