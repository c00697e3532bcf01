using TenderHall.Grains.Contracts.Rules;
using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Licensing;

/// <summary>
/// What the application, case-desk and directory pages share in the browser: the GOV.UK error summary (each problem linking
/// to its field, each refusal with its rule code and article), an expired sign-in that keeps the form, Beijing dates.
/// </summary>
public static class LicensingPagesScript
{
    /// <summary>The articles of the rules these pages may be refused by, for the error summary (rule code → article).</summary>
    public static IReadOnlyDictionary<string, string> Articles { get; } = RuleCatalogue.Rules
        .Where(r => r.Code.Split('-')[0] is "LIC" or "GATE" or "REQ" or "AUTH" or "DIR" or "FEE")
        .ToDictionary(r => r.Code, r => r.Source);

    /// <summary>The shared part; each page's script follows it. The page data carries <c>articles</c> and <c>error</c>.</summary>
    public static string Common { get; } = DrawPagesScript.Common + """
        const licensing = (() => {
          const { data, $ } = page;
          // Every problem at the top of the form; a field's problem links to the field, a refusal names its rule and article.
          const show = problems => {
            const list = $('errors').querySelector('ul');
            list.replaceChildren();
            document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
            for (const { field, text, rule } of problems) {
              const item = document.createElement('li');
              const target = document.createElement(field ? 'a' : 'span');
              if (field) { target.href = '#' + field; $(field).setAttribute('aria-invalid', 'true'); }
              if (rule) {
                const code = document.createElement('strong');
                code.textContent = data.articles[rule] ? `${rule}（${data.articles[rule]}）` : rule;
                target.append(code, ' ');
              }
              target.append(text);
              item.append(target);
              list.append(item);
            }
            $('errors').hidden = problems.length === 0;
            if (problems.length) $('errors').focus();
          };
          const invalid = problems => Object.assign(new Error(problems.map(p => p.text).join(' ')), { problems });
          // An expired or revoked sign-in: the token goes, the form stays (each page keeps its values in sessionStorage).
          const signedOut = () => {
            session.clear();
            $('signin-needed').hidden = false;
            document.body.dataset.signin = 'needed';
          };
          const guard = async work => {
            show([]);
            try { await work(); document.body.dataset.page = 'ready'; }
            catch (e) {
              if (e.status === 401) signedOut();
              show(e.problems || [{ text: e.message, rule: e.rule || (e.status ? `HTTP ${e.status}` : data.error) }]);
              document.body.dataset.page = 'failed';
            }
          };
          const act = (id, work) => $(id).addEventListener('click', () => guard(work));
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          // A limit is an exclusive instant (24:00 Beijing of its last day): shown as that day's 24:00.
          const cutOff = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000 - 1).toISOString().slice(0, 10) + ' 24:00' : '';
          // Form values survive a sign-in: saved on every change under the page's key, restored on load.
          const keep = (key, ids) => {
            const saved = JSON.parse(sessionStorage.getItem(key) || '{}');
            for (const id of ids) {
              if (saved[id] !== undefined) $(id).value = saved[id];
              $(id).addEventListener('input', () => {
                const now = JSON.parse(sessionStorage.getItem(key) || '{}');
                now[id] = $(id).value;
                sessionStorage.setItem(key, JSON.stringify(now));
              });
            }
            return () => sessionStorage.removeItem(key);
          };
          return { show, invalid, signedOut, guard, act, beijing, cutOff, keep };
        })();

        """;
}
