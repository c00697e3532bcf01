using TenderHall.Portal.Evaluation;

namespace TenderHall.Portal.Award;

/// <summary>
/// What the award, contract and complaint pages share in the browser, after the evaluation pages' helpers: the error summary
/// that names the refusing rule, deadlines read against the platform's clock, amounts in fen.
/// </summary>
public static class AwardPagesScript
{
    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = EvaluationPagesScript.Common + """
        const after = (() => {
          const { data, $, call } = page;
          const { beijing } = evaluation;
          // A refusal as the platform words it (RFC 9457 problem details, in the page's language), its rule code first.
          const refused = e => {
            const rule = document.createElement('strong');
            rule.textContent = e.rule || (e.status ? `HTTP ${e.status}` : data.clocks.error);
            $('errors').replaceChildren(rule, document.createTextNode(' ' + e.message));
            $('errors').hidden = false;
          };
          const guard = async work => {
            $('errors').hidden = true;
            try { await work(); document.body.dataset.page = 'ready'; }
            catch (e) { refused(e); document.body.dataset.page = 'failed'; }
          };
          const act = (id, work) => $(id).addEventListener('click', () => guard(work));
          // Deadlines are the platform's (its clock decides them), not this computer's.
          const clock = async () => Date.parse((await call('GET', '/api/v1/clock')).now);
          const due = (iso, now, done) => {
            if (!iso) return '';
            const left = Date.parse(iso) - now;
            const state = done ? data.clocks.met : left < 0 ? data.clocks.overdue : data.clocks.left.replace('{n}', Math.ceil(left / 86400000));
            return `${beijing(iso)} (${state})`;
          };
          const yuan = fen => (fen / 100).toFixed(2);
          const fen = text => Math.round(Number(text) * 100);
          const tenderUrl = path => `/api/v1/tenders/${page.tender()}${path}`;
          const preset = (id, load) => {
            const value = new URLSearchParams(location.search).get(id);
            if (value) { $(id).value = value; guard(load); }
          };
          const link = (base, tender) => `${base}${base.includes('?') ? '&' : '?'}tender=${encodeURIComponent(tender)}`;
          return { guard, act, clock, due, yuan, fen, tenderUrl, preset, link };
        })();

        """;
}
