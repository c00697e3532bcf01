namespace TenderHall.Api.OpenApi;

/// <summary>The OpenAPI document integrators generate clients from (docs/openapi.json is its committed copy).</summary>
public static class OpenApiExtensions
{
    /// <summary>Registers the document with its contract transformers.</summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<DocumentTransformer>();
            o.AddOperationTransformer<OperationTransformer>();
        });
}
