using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Opening;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Documents;

/// <summary>What outsiders need to verify the platform's signed documents: <c>/api/v1/documents</c>.</summary>
public static class DocumentsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/documents").WithTags("Documents").AllowAnonymous();
        api.MapGet("/signing-key", Key).WithSummary("The platform's document-signing public key (opening records): give it to verify-pdf --key.");
        return app;
    }

    private static Ok<DocumentKeyView> Key([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey key)
    {
        var spki = key.Verifier.ExportSubjectPublicKeyInfo();
        return TypedResults.Ok(new DocumentKeyView(key.Algorithm.ToString(), SigningKeys.KeyIdOf(spki), Convert.ToBase64String(spki)));
    }
}
