using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TenderHall.Portal.Localization;

/// <summary>The page language: <c>?lang=</c> first, then Accept-Language; Chinese unless English is asked for.</summary>
/// <param name="IsEnglish">True for English, false for Chinese (zh-CN).</param>
/// <param name="FromQuery">True when <c>?lang=</c> chose it, so links carry it on.</param>
public sealed record PortalLanguage(bool IsEnglish, bool FromQuery)
{
    /// <summary>The value of the <c>lang</c> attribute of the page.</summary>
    public string HtmlLang => IsEnglish ? "en" : "zh-CN";

    /// <summary>The <c>lang</c> query value that selects this language.</summary>
    public string QueryValue => IsEnglish ? "en" : "zh";

    /// <summary>The language of <paramref name="request"/>.</summary>
    public static PortalLanguage Of(HttpRequest request)
    {
        var query = request.Query["lang"].ToString();
        if (!string.IsNullOrWhiteSpace(query)) return new(query.StartsWith("en", StringComparison.OrdinalIgnoreCase), FromQuery: true);
        var header = request.Headers.AcceptLanguage.ToString();
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values)) return new(false, false);
        var best = values.Where(v => v.Quality is null or > 0).OrderByDescending(v => v.Quality ?? 1).FirstOrDefault();
        return new(best?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true, false);
    }

    /// <summary>A link to <paramref name="path"/> in this language (the query is added only when the language came from it).</summary>
    public string Href(string path) => FromQuery ? $"{path}{(path.Contains('?') ? '&' : '?')}lang={QueryValue}" : path;

    /// <summary>The current page in the other language, keeping the rest of the query.</summary>
    public static string SwitchHref(HttpRequest request, PortalLanguage current)
    {
        var other = current.IsEnglish ? "zh" : "en";
        var query = request.Query.Where(p => p.Key != "lang").Select(p => KeyValuePair.Create(p.Key, p.Value.ToString()))
            .Append(KeyValuePair.Create("lang", other));
        return request.PathBase + request.Path + QueryString.Create(query!);
    }
}
