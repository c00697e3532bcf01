namespace TenderHall.Portal.Agency;

/// <summary>
/// The agency's desk: its projects and tenders, each tender with its state, its next deadline by the platform's clock, and
/// a link to every task that state allows.
/// </summary>
public static class AgencyHomeScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + """
        (() => {
          const { data, $, href, beijing, element, link, fill, run, act, clock, left, me, tenders } = agency;
          const cutoff = iso => {
            // An exclusive cut-off at midnight is 24:00 of the day before, as the law counts it.
            const shown = beijing(iso);
            return shown.endsWith(' 00:00') ? beijing(new Date(Date.parse(iso) - 86400000).toISOString()).slice(0, 10) + ' 24:00' : shown;
          };
          const next = (t, now) => {
            const s = t.schedule;
            if (!s) return null;
            const dates = [['saleStart', s.saleStart], ['saleEnd', s.saleEnd], ['objectionCutoff', s.objectionCutoff], ['clarificationCutoff', s.clarificationCutoff], ['bidDeadline', s.bidDeadline]];
            return dates.filter(([, at]) => at && Date.parse(at) > now).sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]))[0] || null;
          };
          const running = ['Announced', 'DocumentsOnSale', 'Tendering', 'Suspended'];
          const tasks = t => {
            const id = encodeURIComponent(t.id), cell = element('span', null, 'tasks');
            const add = (path, name) => cell.append(link(path, data.tasks[name]));
            if (t.status === 'Registered') add(`/agency/tenders/${id}/publish`, 'publish');
            if (running.includes(t.status)) { add(`/agency/tenders/${id}/clarify`, 'clarify'); add(`/agency/tenders/${id}/objections`, 'objections'); }
            if (t.status === 'Registered' || running.includes(t.status)) add(`/agency/tenders/${id}/terminate`, 'terminate');
            if (t.schedule) add(`/tenders/${id}/opening`, 'opening');
            if (t.status !== 'Registered') add(`/tenders/${id}`, 'public');
            return cell;
          };
          act('signout', async () => { session.clear(); location.assign(href('/agency/signin')); });
          run(async () => {
            const who = await me();
            $('who').textContent = `${who.name || who.userName} (${who.organizationId})`;
            const [mine, now] = await Promise.all([tenders(who), clock()]);
            fill('tenders', mine.tenders, t => {
              const due = next(t, now);
              const name = element('span');
              name.append(element('strong', t.registration.title), element('br'), element('small', t.id));
              return [name, t.registration.projectCode + ' · ' + t.registration.lot, element('span', data.statuses[t.status] || t.status, 'status'),
                due ? `${data.next[due[0]]} ${due[0].endsWith('Cutoff') ? cutoff(due[1]) : beijing(due[1])} (${left(due[1], now)})` : '', tasks(t)];
            });
            $('no-tenders').hidden = mine.tenders.length > 0;
            fill('projects', mine.projects, p => [p.code, p.name, data.regimes[p.regime] || p.regime, `${p.scheme.approvedBy} ${p.scheme.approvalNumber}`,
              link(`/agency/tenders/new?project=${encodeURIComponent(p.code)}`, data.tasks.schedule)]);
            $('no-projects').hidden = mine.projects.length > 0;
          });
        })();
        """;
}
