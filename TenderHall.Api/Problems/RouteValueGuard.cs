using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Problems;

/// <summary>
/// Refuses a path whose values no id can have (blank, control characters, longer than any key) before an endpoint uses
/// one as a grain key or puts it in a header: REQ-FIELD naming the value, never a failure deep inside.
/// </summary>
public sealed class RouteValueGuard(RequestDelegate next)
{
    private const int MaxLength = 256;

    /// <summary>Handles one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is not string text || (!string.IsNullOrWhiteSpace(text) && text.Length <= MaxLength && !text.Any(char.IsControl))) continue;
            throw RuleViolationException.Of("REQ-FIELD", ("field", name), ("detail", $"a value in the path is not blank, has no control characters and is at most {MaxLength} characters"));
        }

        return next(context);
    }
}
