using Microsoft.Net.Http.Headers;

namespace TenderHall.Api.Problems;

/// <summary>The language answers are written in: <c>zh</c> when the caller prefers Chinese, otherwise <c>en</c>.</summary>
public static class RequestLanguage
{
    /// <summary>The caller's language from Accept-Language (highest quality first).</summary>
    public static string Of(HttpContext context)
    {
        var header = context.Request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values)) return "en";
        var best = values.OrderByDescending(v => v.Quality ?? 1).FirstOrDefault(v => v.Quality is null or > 0);
        var tag = best?.Value.Value ?? "en";
        return tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh" : "en";
    }
}
