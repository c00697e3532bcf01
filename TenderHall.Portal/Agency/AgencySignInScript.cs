namespace TenderHall.Portal.Agency;

/// <summary>
/// Password sign-in for an agency's clerk (<c>POST /api/v1/auth/token</c>): the token is kept for this tab only, then the
/// page the clerk came from (a form kept across an expired session) opens again.
/// </summary>
public static class AgencySignInScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + """
        (() => {
          const { data, $, href, status, call, required, form } = agency;
          // Back only to an agency page of this site: a crafted link cannot send the token's owner elsewhere.
          const next = (() => {
            const asked = new URLSearchParams(location.search).get('next') || '';
            return /^\/agency(\/|\?|$)/.test(asked) && !asked.startsWith('//') ? asked : href('/agency');
          })();
          form('signin', async () => {
            required(['username', 'password']);
            session.clear();
            const token = await call('POST', '/api/v1/auth/token', { userName: $('username').value.trim(), password: $('password').value });
            session.save(token.accessToken);
            $('password').value = '';
            status(data.signedIn);
            location.assign(next);
          });
          document.body.dataset.page = 'ready';
        })();
        """;
}
