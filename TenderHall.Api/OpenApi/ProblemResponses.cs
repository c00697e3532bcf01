using Microsoft.OpenApi;

namespace TenderHall.Api.OpenApi;

/// <summary>The problem-details answers an operation can give, each with the rule codes most often behind it.</summary>
public static class ProblemResponses
{
    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [StatusCodes.Status400BadRequest] = "The request cannot be read (REQ-INVALID, IDEMPOTENCY-KEY).",
        [StatusCodes.Status401Unauthorized] = "No valid bearer token (AUTH-REQUIRED).",
        [StatusCodes.Status403Forbidden] = "The caller's role or organisation may not do this (AUTH-FORBIDDEN and the rules of the operation).",
        [StatusCodes.Status404NotFound] = "What the path names does not exist or is not visible to the caller (REQ-NOT-FOUND, *-NOT-FOUND).",
        [StatusCodes.Status409Conflict] = "The state does not allow it now, or a request with this Idempotency-Key is in flight.",
        [StatusCodes.Status413PayloadTooLarge] = "The body is larger than the operation accepts (REQ-TOO-LARGE).",
        [StatusCodes.Status415UnsupportedMediaType] = "The body is not of a media type the operation accepts (REQ-MEDIA-TYPE).",
        [StatusCodes.Status422UnprocessableEntity] = "A field or a rule of law refuses the request (REQ-FIELD and the rules of the operation).",
        [StatusCodes.Status429TooManyRequests] = "Too many attempts; Retry-After says when to try again (AUTH-RATE, GATE-RATE, HALL-TICKET-RATE).",
    };

    /// <summary>The response for <paramref name="status"/>: problem details, described by the rules behind it.</summary>
    public static OpenApiResponse For(int status, OpenApiDocument document) => new()
    {
        Description = Descriptions.GetValueOrDefault(status, "Refused: see the problem's rule code."),
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(DocumentTransformer.ProblemSchema, document) },
        },
    };
}
