using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Api.Blobs;

/// <summary><c>POST /api/v1/blobs</c>: agencies upload tender documents as a stream; the answer names them by SHA-256.</summary>
public static class BlobsApi
{
    /// <summary>Largest document upload (tender documents with drawings).</summary>
    public const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Maps the upload endpoint.</summary>
    public static IEndpointRouteBuilder MapBlobsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/blobs", Upload).WithTags("Documents").RequireAuthorization(Policies.Agency)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxUploadBytes),
                new IdempotencyKeyRefusedAttribute("a document is named by its content: uploading it again stores nothing new and answers with the same name, so retry without the header."))
            .WithSummary("Uploads a document (request body, any content type); durable before the answer.");
        return app;
    }

    /// <summary>Streams the request body into the blob store; also the licensing materials' upload.</summary>
    internal static async Task<Created<BlobRef>> Upload(HttpRequest request, IBlobStore blobs, CancellationToken cancellationToken)
    {
        // Streamed straight into the store, which hashes while writing: the file never sits whole in memory.
        var blob = await blobs.PutAsync(request.Body, cancellationToken);
        return TypedResults.Created($"/api/v1/blobs/{blob.Sha256Hex}", blob);
    }
}
