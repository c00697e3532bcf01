namespace TenderHall.Portal.Agency;

/// <summary>
/// The schedule fields' script: as the agency types, the platform's deadline engine (<c>POST /api/v1/tenders/schedule-preview</c>)
/// answers with the earliest legal dates, the rule and day count behind each, and the holiday-notice days on the way; no
/// rule is counted in the browser.
/// </summary>
public static class SchedulePreviewScript
{
    /// <summary>The part defining <c>schedule</c>, after <see cref="AgencyPagesScript.Common"/>.</summary>
    public const string Source = """
        const schedule = (() => {
          const { data, $, call, local, instant, element, fill } = agency;
          const text = data.schedule;
          let regime = null, timer = 0, ticket = 0;
          const period = l => l.unit ? text.units[l.unit].replace('{n}', l.days) : text.hours;
          const what = l => l.rule === 'SCHED-HOURS' ? text.hoursLimit : text.limits[l.field];
          const values = () => ({ regime, saleStart: instant($('sale-start').value), saleEnd: instant($('sale-end').value), bidDeadline: instant($('bid-deadline').value) });
          const problems = items => {
            $('schedule-problems').replaceChildren(...items.map(p => { const li = element('li'); li.append(element('strong', p.rule), ' ' + p.text); return li; }));
          };
          const show = preview => {
            fill('limits', preview.limits, l => [what(l), l.shown, l.rule, period(l)]);
            fill('notice-days', preview.days, d => [d.date, text.days[d.kind]]);
            $('notice-days-none').hidden = preview.days.length > 0;
            problems(preview.problems.map(p => ({ rule: p.rule, text: p.detail })));
          };
          // Only the latest answer is shown: one typed before it may come back after it.
          const refresh = async () => {
            if (!regime) return;
            const mine = ++ticket;
            document.body.dataset.preview = 'busy';
            try {
              const preview = await call('POST', '/api/v1/tenders/schedule-preview', values());
              if (mine === ticket) show(preview);
            } catch (e) {
              if (mine === ticket) problems([{ rule: e.rule || `HTTP ${e.status}`, text: e.message }]);
            }
            if (mine === ticket) document.body.dataset.preview = 'ready';
          };
          const typed = () => { document.body.dataset.preview = 'busy'; clearTimeout(timer); timer = setTimeout(refresh, 250); };
          for (const id of ['sale-start', 'sale-end', 'bid-deadline']) $(id).addEventListener('input', typed);
          // The sale start stays as typed (empty: when published); the later dates take the engine's earliest for it,
          // whatever was typed in them before.
          $('use-earliest').addEventListener('click', async () => {
            if (!regime) return;
            document.body.dataset.preview = 'busy';
            try {
              const soonest = await call('POST', '/api/v1/tenders/schedule-preview', { regime, saleStart: instant($('sale-start').value) });
              $('sale-end').value = local(soonest.saleEnd);
              $('bid-deadline').value = local(soonest.bidDeadline);
            } catch (e) {
              problems([{ rule: e.rule || `HTTP ${e.status}`, text: e.message }]);
            }
            typed();
          });
          return { start: r => { regime = r; return refresh(); }, values };
        })();

        """;
}
