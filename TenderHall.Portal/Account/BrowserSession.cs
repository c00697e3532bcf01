namespace TenderHall.Portal.Account;

/// <summary>
/// What the sign-in page and the bidder's pages share in the browser: where the bearer token is kept, and <c>session.call</c>,
/// which calls the API in the page's language and turns problem details into errors carrying their localized detail.
/// </summary>
public static class BrowserSession
{
    /// <summary>The <c>sessionStorage</c> key of the bearer token.</summary>
    public const string TokenKey = "tenderhall.token";

    /// <summary>The script defining <c>session</c>; page scripts are appended to it.</summary>
    public static string Script { get; } = Template.Replace("__KEY__", TokenKey, StringComparison.Ordinal);

    private const string Template = """
        const session = (() => {
          // The token lives in sessionStorage: it belongs to this tab and ends with it (localStorage would keep it for every
          // tab, long after). It is not a cookie either: the browser never attaches it to a request by itself, so there is
          // nothing for a cross-site request (CSRF) to ride on; only these scripts send it, as Authorization: Bearer.
          const key = '__KEY__';
          const language = document.documentElement.lang || 'zh-CN';
          // A Uint8Array body is sent as bytes (an envelope chunk), anything else as JSON; extra carries further headers.
          const call = async (method, path, body, token, extra) => {
            const raw = body instanceof Uint8Array;
            const headers = { Accept: 'application/json', 'Accept-Language': language, ...extra };
            if (body !== undefined) headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
            if (token) headers.Authorization = 'Bearer ' + token;
            const response = await fetch(path, { method, headers, credentials: 'omit', body: body === undefined || raw ? body : JSON.stringify(body) });
            if (response.ok) return response.status === 204 ? null : response.json();
            // RFC 9457 problem details, detail in the page's language; a 429 (with Retry-After) says when to try again.
            let problem = null;
            try { problem = await response.json(); } catch { problem = null; }
            const error = new Error((problem && (problem.detail || problem.title)) || `HTTP ${response.status}`);
            error.status = response.status;
            error.rule = problem && problem.rule;
            error.values = (problem && problem.values) || {};
            error.retryAfter = Number(response.headers.get('Retry-After')) || 0;
            throw error;
          };
          return {
            token: () => sessionStorage.getItem(key),
            save: token => sessionStorage.setItem(key, token),
            clear: () => sessionStorage.removeItem(key),
            call,
          };
        })();

        """;
}
