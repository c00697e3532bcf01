using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TenderHall.Api.Hosting;

/// <summary>Declares the bearer-token scheme in the OpenAPI document so the reference page can send tokens.</summary>
public sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "TenderHall API";
        document.Info.Description = "Public resource trading centre: tenders, sealed bids, expert draws, licensing and supervision.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "POST /api/v1/auth/token (embedded profile) or the configured OpenID Connect authority.",
        };
        return Task.CompletedTask;
    }
}
