namespace TenderHall.Grains.Contracts.Rules;

/// <summary>How a refused request is reported over HTTP.</summary>
public enum RuleKind
{
    /// <summary>The request itself is malformed or breaks a rule on its values (HTTP 422, or 400 for malformed input).</summary>
    Invalid,

    /// <summary>What the request names does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state (HTTP 409).</summary>
    Conflict,

    /// <summary>The caller may not do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>The request is well-formed but its payload cannot be processed (HTTP 400).</summary>
    BadRequest,

    /// <summary>The caller has made too many attempts; the rule's <c>{seconds}</c> value says when to retry (HTTP 429 with Retry-After).</summary>
    TooManyRequests,

    /// <summary>The body is not of a media type the operation reads (HTTP 415).</summary>
    UnsupportedMediaType,

    /// <summary>The body is larger than the operation accepts (HTTP 413).</summary>
    TooLarge,

    /// <summary>The caller has not signed in (HTTP 401).</summary>
    Unauthenticated,
}
