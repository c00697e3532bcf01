using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Problems;

/// <summary>Answers every failed request with problem details: rule violations by their rule, malformed input as REQ-INVALID.</summary>
public sealed partial class RuleExceptionHandler(IProblemDetailsService problems, ILogger<RuleExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        ProblemDetails problem;
        switch (exception)
        {
            case RuleViolationException violation:
                problem = RuleProblems.From(context, violation);
                RetryAfter(context, violation);
                break;
            case CalendarYearMissingException missing:
                // A gap in the platform's calendars, not a fault: the request names a year no notice has been loaded for.
                problem = RuleProblems.From(context, "CAL-YEAR-MISSING", new Dictionary<string, string> { ["year"] = missing.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType }:
                problem = RuleProblems.From(context, "REQ-MEDIA-TYPE", null);
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                problem = RuleProblems.From(context, "REQ-TOO-LARGE", null);
                break;
            case BadHttpRequestException bad:
                problem = RuleProblems.From(context, "REQ-INVALID", new Dictionary<string, string> { ["detail"] = InputProblem(bad) });
                break;
            default:
                LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
                return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    // RFC 9110 §10.2.3: a 429 says when to come back; the rule's {seconds} value is that delay.
    private static void RetryAfter(HttpContext context, RuleViolationException violation)
    {
        if (RuleCatalogue.Get(violation.Rule).Kind == RuleKind.TooManyRequests && violation.Args.TryGetValue("seconds", out var seconds))
            context.Response.Headers.RetryAfter = seconds;
    }

    // The framework's message names the parameter and the reason without echoing request bodies.
    private static string InputProblem(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"the JSON body cannot be read ({json.Path}: {json.Message.Split('.')[0]})" : bad.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure of {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
