using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TenderHall.Api.Idempotency;

namespace TenderHall.Api.OpenApi;

/// <summary>
/// Each operation's contract from its endpoint's metadata: a stable id, who may call it (the bearer requirement with the
/// roles its policy admits), the Idempotency-Key header where retries are replayed, and the problem-details answers it can give.
/// </summary>
public sealed class OperationTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        operation.OperationId = OperationIds.Of(method, description.RelativePath ?? "");
        var document = context.Document!;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var bearer = new OpenApiSecuritySchemeReference(DocumentTransformer.BearerScheme, document);
        // Anonymous operations take an optional token (what a signed-in caller sees may differ); the rest require one.
        operation.Security = anonymous
            ? [new OpenApiSecurityRequirement(), new OpenApiSecurityRequirement { [bearer] = [] }]
            : [new OpenApiSecurityRequirement { [bearer] = await Roles(metadata, context.ApplicationServices) }];
        if (metadata.OfType<IdempotentAttribute>().Any()) AddIdempotencyKey(operation);

        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var hasInput = description.ParameterDescriptions.Count > 0 || operation.RequestBody is not null || unsafeMethod;
        var statuses = new SortedSet<int>(metadata.OfType<RefusesAttribute>().SelectMany(r => r.Statuses));
        if (hasInput) statuses.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status422UnprocessableEntity]);
        if (!anonymous) statuses.UnionWith([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]);
        if (description.ParameterDescriptions.Any(p => p.Source.Id == "Path")) statuses.Add(StatusCodes.Status404NotFound);
        if (unsafeMethod) statuses.Add(StatusCodes.Status409Conflict);
        if (operation.RequestBody is not null) statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        operation.Responses ??= new OpenApiResponses();
        foreach (var status in statuses)
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ProblemResponses.For(status, document);
    }

    // The roles the endpoint's policies admit; none for a policy that admits any signed-in caller.
    private static async Task<List<string>> Roles(IList<object> metadata, IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var roles = new List<string>();
        var named = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        var chosen = named.Count > 0 ? await Task.WhenAll(named.Select(policies.GetPolicyAsync)) : [await policies.GetFallbackPolicyAsync()];
        foreach (var policy in chosen.OfType<AuthorizationPolicy>())
            roles.AddRange(policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
        return [.. roles.Distinct(StringComparer.Ordinal)];
    }

    private static void AddIdempotencyKey(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "1-128 visible ASCII characters; a retry with the same key and body gets the first answer again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 128 },
        });
    }
}
