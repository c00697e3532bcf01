using TenderHall.Portal.Award;

namespace TenderHall.Portal.Bidder;

/// <summary>
/// What the bidder's pages share in the browser, after the award pages' helpers: the signed-in organisation, the GOV.UK error
/// summary (a form's problems linking to their fields, or the platform's refusal with its rule code), files fetched with the
/// tab's token, and an expired session that keeps the half-filled form and comes back here after signing in again.
/// </summary>
public static class BidderPagesScript
{
    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = AwardPagesScript.Common + """
        const bidder = (() => {
          const { data, $, call } = page;
          const saved = 'tenderhall.form:' + location.pathname;
          const fields = () => [...document.querySelectorAll('form input[id]:not([type=file]):not([type=hidden]), form textarea[id], form select[id]')];
          // A 401 (the token expired or was revoked): the form's values wait in this tab's sessionStorage until sign-in brings the bidder back.
          const signIn = () => {
            sessionStorage.setItem(saved, JSON.stringify(Object.fromEntries(fields().map(f => [f.id, f.value]))));
            session.clear();
            location.assign(`${data.bidder.signIn}${data.bidder.signIn.includes('?') ? '&' : '?'}return=${encodeURIComponent(location.pathname + location.search)}`);
          };
          const restore = () => {
            const values = JSON.parse(sessionStorage.getItem(saved) || 'null');
            sessionStorage.removeItem(saved);
            for (const [id, value] of Object.entries(values || {})) if ($(id)) $(id).value = value;
          };
          const item = content => { const li = document.createElement('li'); li.append(...content); return li; };
          const show = e => {
            const box = $('errors'), list = document.createElement('ul'), title = document.createElement('h2');
            title.textContent = data.bidder.errorTitle;
            if (e.fields) {
              for (const [id, message] of e.fields) {
                const link = document.createElement('a');
                link.href = '#' + id;
                link.textContent = message;
                list.append(item([link]));
                $(id).setAttribute('aria-invalid', 'true');
              }
            } else {
              // A refusal as the platform words it (RFC 9457, in the page's language), its rule code first.
              const rule = document.createElement('strong');
              rule.textContent = e.rule || (e.status ? `HTTP ${e.status}` : data.bidder.errorTitle);
              list.append(item([rule, ' ' + e.message]));
            }
            box.replaceChildren(title, list);
            box.hidden = false;
            box.focus();
          };
          const run = async work => {
            $('errors').hidden = true;
            for (const field of document.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
            try { await work(); document.body.dataset.page = 'ready'; }
            catch (e) {
              if (e.status === 401) return signIn();
              show(e);
              document.body.dataset.page = 'failed';
            }
          };
          const act = (id, work) => $(id).addEventListener('click', () => run(work));
          const submit = (id, work) => $(id).addEventListener('submit', e => { e.preventDefault(); run(work); });
          // Checks [field id, ok, message] triples; the failing ones stop the work and are listed in the summary.
          const check = (...rules) => {
            const failed = rules.filter(([, ok]) => !ok).map(([id, , message]) => [id, message]);
            if (!failed.length) return;
            const e = new Error(failed.map(f => f[1]).join(' '));
            e.fields = failed;
            throw e;
          };
          let who = null;
          const me = async () => who || (who = await call('GET', '/api/v1/auth/me'));
          // A file the platform serves only with the tab's token: fetched, then offered for saving.
          const download = async (path, name) => {
            const response = await fetch(path, { credentials: 'omit', headers: { Authorization: 'Bearer ' + page.token, 'Accept-Language': document.documentElement.lang } });
            if (!response.ok) {
              const problem = await response.json().catch(() => ({}));
              const error = new Error(problem.detail || problem.title || `HTTP ${response.status}`);
              error.status = response.status;
              error.rule = problem.rule;
              throw error;
            }
            const link = document.createElement('a');
            link.href = URL.createObjectURL(await response.blob());
            link.download = name;
            document.body.append(link);
            link.click();
            link.remove();
            return response;
          };
          const tender = () => call('GET', after.tenderUrl(''));
          const start = load => {
            if (!page.token) { $('signed-out').hidden = false; document.body.dataset.page = 'signed-out'; return; }
            restore();
            run(load);
          };
          return { run, act, submit, check, me, download, tender, start, signIn };
        })();

        """;
}
