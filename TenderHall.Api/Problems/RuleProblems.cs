using Microsoft.AspNetCore.Mvc;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Problems;

/// <summary>Turns a rule violation into RFC 9457 problem details in the caller's language.</summary>
public static class RuleProblems
{
    /// <summary>The problem-details document for <paramref name="violation"/>.</summary>
    public static ProblemDetails From(HttpContext context, RuleViolationException violation) =>
        From(context, violation.Rule, violation.Args);

    /// <summary>The problem-details document for a violation of <paramref name="code"/> with these values.</summary>
    public static ProblemDetails From(HttpContext context, string code, IReadOnlyDictionary<string, string>? args)
    {
        var rule = RuleCatalogue.Get(code);
        var language = RequestLanguage.Of(context);
        var problem = new ProblemDetails
        {
            Type = $"urn:tenderhall:rule:{rule.Code}",
            Title = rule.Code,
            Status = StatusOf(rule.Kind),
            Detail = RuleCatalogue.Describe(rule.Code, language, args),
            Instance = context.Request.Path,
        };
        problem.Extensions["rule"] = rule.Code;
        problem.Extensions["source"] = rule.Source;
        if (args is { Count: > 0 }) problem.Extensions["values"] = args;
        return problem;
    }

    /// <summary>The HTTP status for a kind of rule.</summary>
    public static int StatusOf(RuleKind kind) => kind switch
    {
        RuleKind.NotFound => StatusCodes.Status404NotFound,
        RuleKind.Conflict => StatusCodes.Status409Conflict,
        RuleKind.Forbidden => StatusCodes.Status403Forbidden,
        RuleKind.BadRequest => StatusCodes.Status400BadRequest,
        RuleKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        RuleKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        RuleKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RuleKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
