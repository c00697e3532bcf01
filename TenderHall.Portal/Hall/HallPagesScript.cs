using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Hall;

/// <summary>
/// What the hall's pages share in the browser, after the draw pages' helpers (data, tables, buttons): the GOV.UK error
/// summary (each problem linking to its field, each refusal with its rule code), the token read at every call, and a form
/// kept in the tab across a sign-in when the token has expired.
/// </summary>
public static class HallPagesScript
{
    /// <summary>The id of each page's data element.</summary>
    public const string DataId = DrawPagesScript.DataId;

    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = DrawPagesScript.Common + """
        const hall = (() => {
          const { data, $, token, fill, button } = page;
          // The token is read at every call: one that expired (401) is cleared, and a new sign-in in this tab is used at once.
          const call = (method, path, body) => session.call(method, path, body, session.token());
          const say = text => { $('page-status').textContent = text; };
          const summary = problems => {
            const list = $('errors').querySelector('ul');
            list.replaceChildren();
            document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
            for (const [field, text, rule] of problems) {
              const item = document.createElement('li');
              if (rule) { const code = document.createElement('strong'); code.textContent = rule; item.append(code, ' '); }
              if (field && $(field)) {
                const link = document.createElement('a');
                link.href = '#' + field;
                link.textContent = text;
                item.append(link);
                $(field).setAttribute('aria-invalid', 'true');
              } else item.append(text);
              list.append(item);
            }
            $('errors').hidden = problems.length === 0;
            if (problems.length) $('errors').focus();
          };
          // The form's values stay in this tab while its user signs in again, and come back on return.
          const key = 'tenderhall.form:' + location.pathname;
          const keep = ids => sessionStorage.setItem(key, JSON.stringify(Object.fromEntries(ids.map(id => [id, $(id).value]))));
          const restore = ids => {
            const saved = JSON.parse(sessionStorage.getItem(key) || 'null');
            if (!saved) return;
            for (const id of ids) if (typeof saved[id] === 'string') $(id).value = saved[id];
            sessionStorage.removeItem(key);
          };
          const signedOut = () => {
            if ($('signed-out')) $('signed-out').hidden = false;
            document.body.dataset.page = 'signed-out';
          };
          // Runs work; a 401 keeps the form (fields) and asks for sign-in, a refusal goes to the summary with its rule code.
          const guard = async (work, fields) => {
            summary([]);
            try { await work(); document.body.dataset.page = 'ready'; }
            catch (e) {
              if (e.status === 401 && fields) { keep(fields); session.clear(); return signedOut(); }
              if (e.problems) summary(e.problems);
              else summary([[e.rule === 'REQ-FIELD' && e.values ? e.values.field : null, e.message, e.rule || (e.status ? `HTTP ${e.status}` : null)]]);
              document.body.dataset.page = 'failed';
            }
          };
          // Problems found before anything is sent: [field id, message] pairs.
          const check = problems => {
            if (!problems.length) return;
            const e = new Error(problems[0][1]);
            e.problems = problems;
            throw e;
          };
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          const form = (id, work, fields) => $(id).addEventListener('submit', e => { e.preventDefault(); guard(work, fields); });
          return { data, $, token, call, say, guard, check, button, fill, beijing, form, restore, signedOut };
        })();

        """;
}
