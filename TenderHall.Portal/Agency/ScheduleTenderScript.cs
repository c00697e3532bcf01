namespace TenderHall.Portal.Agency;

/// <summary>
/// Registers a tender of one of the agency's projects (<c>POST /api/v1/tenders</c>, checked against the approved scheme,
/// BLR 7) while the schedule is planned with the deadline engine's earliest legal dates beside it; the planned dates go on
/// to the publishing page, where they are checked again at the moment of publication.
/// </summary>
public static class ScheduleTenderScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + SchedulePreviewScript.Source + """
        (() => {
          const { data, $, href, element, status, send, create, required, amount, refuse, run, form, me, all, restore } = agency;
          let projects = [];
          const project = () => projects.find(p => p.code === $('project').value);
          const chosen = () => {
            const p = project();
            $('scheme').hidden = !p;
            $('lot').replaceChildren(...(p ? p.scheme.scope : []).map(lot => { const o = element('option', lot); o.value = lot; return o; }));
            if (!p) return;
            $('scheme-regime').textContent = data.regimes[p.regime];
            $('scheme-method').textContent = data.methods[p.scheme.method];
            $('scheme-organisation').textContent = data.organisations[p.scheme.organisation];
            $('scheme-approval').textContent = `${p.scheme.approvedBy} ${p.scheme.approvalNumber}`;
            schedule.start(p.regime);
          };
          $('project').addEventListener('change', chosen);
          form('tender-form', async () => {
            required(['project', 'lot', 'title', 'estimate', 'deposit', 'fee']);
            const p = project();
            const body = {
              projectCode: p.code, lot: $('lot').value, title: $('title').value.trim(), method: p.scheme.method, organisation: p.scheme.organisation,
              estimatedPriceFen: amount('estimate'), depositFen: amount('deposit'), documentFeeFen: amount('fee'),
            };
            // The plan is checked before anything is registered: a schedule the engine refuses is fixed here, not after.
            const plan = schedule.values();
            const preview = await send('POST', '/api/v1/tenders/schedule-preview', plan);
            if (preview.problems.length) throw refuse(preview.problems.map(q => ({ rule: q.rule, text: q.detail, source: q.source, field: data.fields[q.field] })));
            const tender = await create('/api/v1/tenders', body);
            status(data.registered.replace('{id}', tender.id));
            const query = new URLSearchParams();
            for (const name of ['saleStart', 'saleEnd', 'bidDeadline']) if (plan[name]) query.set(name, plan[name]);
            location.assign(href(`/agency/tenders/${encodeURIComponent(tender.id)}/publish?${query}`));
          });
          run(async () => {
            const who = await me();
            projects = (await all('/api/v1/projects')).filter(p => p.agencyId === who.organizationId);
            for (const p of projects) { const o = element('option', `${p.code} ${p.name}`); o.value = p.code; $('project').append(o); }
            const asked = new URLSearchParams(location.search).get('project');
            const kept = restore();
            if (asked && !kept) $('project').value = asked;
            chosen();
            // The lots exist once the project is chosen: the kept lot is set after them.
            if (kept && kept.lot) $('lot').value = kept.lot;
          });
        })();
        """;
}
