using System.Text.Json;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>Reads notifications through the API, as the Portal and the SMS and e-mail gateways do.</summary>
internal static class Inboxes
{
    private const int Take = 500;

    /// <summary>The notifications about <paramref name="subject"/> in the caller's organisation inbox, or in <paramref name="role"/>'s, oldest first.</summary>
    public static async Task<List<JsonElement>> About(HttpClient client, string subject, string? role = null)
    {
        var path = role is null ? "/api/v1/notifications" : $"/api/v1/notifications/roles/{role}";
        var found = new List<JsonElement>();
        for (long after = 0; ;)
        {
            var page = (await LicensingScenario.Json(await client.GetAsync($"{path}?after={after}&take={Take}"))).EnumerateArray().ToList();
            found.AddRange(page.Where(n => n.GetProperty("subject").GetString() == subject));
            if (page.Count < Take) return found;
            after = page[^1].GetProperty("sequence").GetInt64();
        }
    }

    /// <summary>The types of <paramref name="notifications"/>, in order.</summary>
    public static List<string> Types(IEnumerable<JsonElement> notifications) => [.. notifications.Select(n => n.GetProperty("type").GetString()!)];
}
