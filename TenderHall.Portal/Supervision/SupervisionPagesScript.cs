using TenderHall.Portal.Award;

namespace TenderHall.Portal.Supervision;

/// <summary>
/// What the supervisor's day and the opening room share in the browser, after the award pages' helpers: the GOV.UK error
/// summary linking to its fields, text fields kept in this tab across an expired sign-in, and the signed-out notice.
/// </summary>
public static class SupervisionPagesScript
{
    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = AwardPagesScript.Common + """
        const supervision = (() => {
          const { $, data } = page;
          // The summary names the refusing rule (RFC 9457 problem details in the page's language), or this machine when a
          // key file or a share failed here; problems with the form list each field as a link.
          const show = (...nodes) => {
            $('errors').replaceChildren(...nodes);
            $('errors').hidden = false;
            $('errors').focus();
          };
          const refused = e => {
            const rule = document.createElement('strong');
            rule.textContent = e.rule || (e.status ? `HTTP ${e.status}` : data.thisMachine);
            show(rule, document.createTextNode(' ' + e.message));
          };
          const run = async work => {
            $('errors').hidden = true;
            try {
              await work();
              document.body.dataset.page = 'ready';
            } catch (e) {
              // A 401 ends the tab's sign-in; the typed text stays in sessionStorage (keep) for when the user is back.
              if (e.status === 401) { session.clear(); $('signed-out').hidden = false; }
              if (!e.summary) refused(e);
              document.body.dataset.page = 'failed';
            }
          };
          const act = (id, work) => $(id).addEventListener('click', () => run(work));
          const stored = id => `tenderhall.form:${location.pathname}:${id}`;
          const keep = field => {
            const saved = sessionStorage.getItem(stored(field.id));
            if (saved !== null && !field.value) field.value = saved;
            field.addEventListener('input', () => sessionStorage.setItem(stored(field.id), field.value));
          };
          const forget = field => { sessionStorage.removeItem(stored(field.id)); field.value = ''; };
          // Problems found before anything is sent: each a link to its field, marked invalid; nothing leaves the machine.
          const check = problems => {
            document.querySelectorAll('[aria-invalid]').forEach(f => f.removeAttribute('aria-invalid'));
            if (problems.length === 0) return;
            const list = document.createElement('ul');
            for (const [id, message] of problems) {
              const link = Object.assign(document.createElement('a'), { href: '#' + id, textContent: message });
              list.append(Object.assign(document.createElement('li'), {}));
              list.lastChild.append(link);
              $(id).setAttribute('aria-invalid', 'true');
            }
            show(Object.assign(document.createElement('h2'), { textContent: data.summary }), list);
            throw Object.assign(new Error(data.summary), { summary: true });
          };
          const local = message => Object.assign(new Error(message), { local: true });
          return { run, act, keep, forget, check, local };
        })();

        """;
}
