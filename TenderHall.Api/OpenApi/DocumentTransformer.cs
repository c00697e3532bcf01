using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TenderHall.Api.OpenApi;

/// <summary>
/// The document-wide parts of the contract: what the API is, its licence, where it is served, the bearer scheme, the
/// problem-details schema every refusal uses, and a description for every tag.
/// </summary>
public sealed class DocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The name of the bearer scheme operations refer to.</summary>
    public const string BearerScheme = "Bearer";

    /// <summary>The name of the problem-details schema error responses refer to.</summary>
    public const string ProblemSchema = "Problem";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "TenderHall API";
        document.Info.Description = "Public resource trading centre: tenders, sealed bids, expert draws, licensing and supervision. " +
                                    "Every refusal is RFC 9457 problem details whose `rule` names the rule code (docs/rules.md).";
        document.Info.License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-TenderHall-Proprietary" };
        // Relative: the document describes whichever centre serves it, so a client is pointed at that address.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The platform that served this document" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "POST /api/v1/auth/token or /api/v1/auth/certificate (embedded profile) or the configured OpenID Connect authority. " +
                          "An operation's requirement lists the roles it admits; an empty list admits any signed-in caller.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Tags = new HashSet<OpenApiTag>(ApiTags.Described(document.Tags?.Select(t => t.Name ?? "") ?? []).Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        return Task.CompletedTask;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details naming the rule that refused the request, in the caller's language (Accept-Language zh or en).",
        Required = new HashSet<string> { "type", "title", "status", "detail", "rule" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("urn:tenderhall:rule:{code}"),
            ["title"] = Text("The rule code."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = Text("What was refused and what to do next."),
            ["instance"] = Text("The request path."),
            ["rule"] = Text("The rule code (docs/rules.md)."),
            ["source"] = Text("The article of law or platform policy the rule implements."),
            ["values"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object, Description = "The values the message was filled with.", AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
            },
            ["traceId"] = Text("Quote it to the centre."),
        },
        Examples = [JsonNode.Parse("""{"type":"urn:tenderhall:rule:REQ-NOT-FOUND","title":"REQ-NOT-FOUND","status":404,"detail":"Nothing is found at this address.","rule":"REQ-NOT-FOUND","source":"API contract"}""")!],
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
