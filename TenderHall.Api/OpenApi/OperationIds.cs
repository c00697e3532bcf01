using System.Text;

namespace TenderHall.Api.OpenApi;

/// <summary>
/// Stable operation ids from the method and route, so a generated client's method names change only when the route does:
/// <c>POST /api/v1/tenders/{id}/bids/uploads</c> is <c>postTendersByIdBidsUploads</c>.
/// </summary>
public static class OperationIds
{
    private const string Prefix = "api/v1/";

    /// <summary>The operation id of <paramref name="method"/> on <paramref name="route"/>.</summary>
    public static string Of(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        var path = route.TrimStart('/');
        if (path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) path = path[Prefix.Length..];
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var parameter = segment.StartsWith('{');
            if (parameter) id.Append("By");
            foreach (var word in segment.Trim('{', '}').Split(':')[0].Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
                id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return id.ToString();
    }
}
