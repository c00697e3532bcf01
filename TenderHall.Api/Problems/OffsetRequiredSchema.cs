using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TenderHall.Api.Problems;

/// <summary>
/// Keeps times typed as ISO 8601 strings in the OpenAPI document: the schema exporter knows nothing of
/// <see cref="OffsetRequiredConverter"/>, which reads and writes exactly such strings.
/// </summary>
public sealed class OffsetRequiredSchema : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset)) schema.Type = JsonSchemaType.String;
        else if (type == typeof(DateTimeOffset?)) schema.Type = JsonSchemaType.Null | JsonSchemaType.String;
        return Task.CompletedTask;
    }
}
