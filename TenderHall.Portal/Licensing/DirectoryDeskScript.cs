namespace TenderHall.Portal.Licensing;

/// <summary>
/// The directory desk: the open proposals, each with its text and its difference from the version in force; the centre's review
/// and the provincial government's approval with the effective day; a department head's proposal form (add, change, withdraw).
/// </summary>
public static class DirectoryDeskScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = LicensingPagesScript.Common + """
        (() => {
          const { data, $, token, call, fill, button, status } = page;
          const { guard, invalid, signedOut, beijing, act, keep } = licensing;
          if (!token) { signedOut(); document.body.dataset.page = 'failed'; return; }
          const L = data.labels;
          let me, current = null, base = null;
          const path = (code, rest = '') => `/api/v1/licensing/items/${encodeURIComponent(code)}${rest}`;
          const pairs = (id, rows) => $(id).replaceChildren(...rows.filter(([, v]) => v !== '' && v !== undefined && v !== null).flatMap(([term, value]) => {
            const dt = document.createElement('dt'), dd = document.createElement('dd');
            dt.textContent = term;
            dd.textContent = value;
            return [dt, dd];
          }));
          const text = item => [
            [L.name, item.name], [L.basis, item.legalBasis], [L.mode, data.modes[item.mode] || item.mode], [L.days, String(item.promisedWorkingDays)],
            [L.window, item.window], [L.procedure, item.procedure.join(' → ')], [L.conditions, item.conditions.join('；')], [L.materials, item.materials.join('；')],
            [L.fees, item.fees.map(f => `${f.name} ${f.amountYuan} (${f.legalBasis})`).join('；')],
          ];
          const diff = (p, inForce) => {
            if (p.change === 'Withdraw') return [L.withdrawn];
            if (!inForce) return [L.added];
            const proposed = p.item;
            const now = new Map(text(inForce));
            const changed = text(proposed).filter(([term, value]) => now.get(term) !== value).map(([term, value]) => `${term}: ${now.get(term)} → ${value}`);
            return changed.length ? changed : [L.noChange];
          };
          const show = async p => {
            current = p;
            $('proposal').hidden = false;
            $('proposal-title').textContent = `${p.itemCode} · ${p.item.name} · ${data.changes[p.change] || p.change}`;
            pairs('proposal-facts', [
              [L.change, data.changes[p.change] || p.change], [L.department, p.item.departmentId], [L.effective, p.effectiveFrom], [L.reason, p.reason],
              [L.proposed, `${p.proposed.by} · ${beijing(p.proposed.at)}`], [L.review, p.review ? `${p.review.by} · ${beijing(p.review.at)} · ${p.review.opinion}` : ''],
              [L.status, data.statuses[p.status] || p.status],
            ]);
            pairs('proposal-item', text(p.item));
            let inForce = null;
            try { inForce = await call('GET', path(p.itemCode)); } catch (e) { if (e.status !== 404) throw e; }
            $('proposal-diff').replaceChildren(...diff(p, inForce).map(line => Object.assign(document.createElement('li'), { textContent: line })));
            $('centre-actions').hidden = !(me.roles.includes('CentreAdmin') && p.status === 'Proposed');
            $('province-actions').hidden = !(me.roles.includes('ProvincialGovernment') && p.status === 'Reviewed');
            $('effective').value = p.effectiveFrom;
          };
          const load = async () => {
            const open = await call('GET', '/api/v1/licensing/directory/proposals?take=200');
            $('no-proposals').hidden = open.items.length > 0;
            fill('proposals', open.items, p => [
              p.itemCode, p.item.name, p.item.departmentId, data.changes[p.change] || p.change, p.effectiveFrom, data.statuses[p.status] || p.status,
              button(data.open, () => guard(async () => { await show(p); $('proposal-title').focus(); })),
            ]);
          };
          // What the directory's steps told this user: the inboxes of the roles that act for no single organisation (the centre,
          // the province) and the user's organisation's own (a department), newest first.
          const notices = async () => {
            const read = async path => {
              const all = [];
              for (let after = 0; ;) {
                const page = await call('GET', `${path}?after=${after}&take=500`);
                all.push(...page);
                if (page.length < 500) return all;
                after = page[page.length - 1].sequence;
              }
            };
            const sources = [...data.roleInboxes.filter(r => me.roles.includes(r)).map(r => `/api/v1/notifications/roles/${r}`),
              ...(me.organizationId ? ['/api/v1/notifications'] : [])];
            // Newest first: each inbox reversed (its sequence breaks ties of time), then all of them by time.
            const found = (await Promise.all(sources.map(read))).flatMap(list => list.reverse()).filter(n => n.type.startsWith('licensing.directory-'));
            found.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
            $('directory-notices').replaceChildren(...found.slice(0, 50).map(n =>
              Object.assign(document.createElement('li'), { textContent: `${beijing(n.at)} ${data.english ? n.textEn : n.textZh}` })));
            $('no-directory-notices').hidden = found.length > 0;
          };
          const opinion = () => {
            const value = $('opinion').value.trim();
            if (!value) throw invalid([{ field: 'opinion', text: data.errors.opinion }]);
            return value;
          };
          const decide = (id, rest, body) => act(id, async () => {
            const p = await call('POST', path(current.itemCode, rest), body());
            $('opinion').value = '';
            status(`${data.done} ${data.statuses[p.status] || p.status}`);
            await show(p);
            await load();
            await notices();
          });
          decide('pass', '/proposal/review', () => ({ approve: true, opinion: opinion() }));
          decide('return', '/proposal/review', () => ({ approve: false, opinion: opinion() }));
          decide('approve', '/proposal/decision', () => {
            const said = opinion(), number = $('document').value.trim();
            if (!number) throw invalid([{ field: 'document', text: data.errors.document }]);
            return { approve: true, opinion: said, approvalDocument: number, effectiveFrom: $('effective').value || null };
          });
          decide('reject', '/proposal/decision', () => ({ approve: false, opinion: opinion() }));

          // The department head's proposal: the version in force loaded as the starting text, the form's fields laid over it.
          const fields = ['p-code', 'p-change', 'p-name', 'p-basis', 'p-mode', 'p-days', 'p-window', 'p-procedure', 'p-conditions', 'p-materials', 'p-effective', 'p-reason'];
          const forget = keep('tenderhall.directory.proposal', fields);
          const lines = id => $(id).value.split('\n').map(l => l.trim()).filter(Boolean);
          act('p-load', async () => {
            const code = $('p-code').value.trim();
            if (!code) throw invalid([{ field: 'p-code', text: data.errors.code }]);
            base = await call('GET', path(code));
            $('p-name').value = base.name;
            $('p-basis').value = base.legalBasis;
            $('p-mode').value = base.mode;
            $('p-days').value = base.promisedWorkingDays;
            $('p-window').value = base.window;
            $('p-procedure').value = base.procedure.join('\n');
            $('p-conditions').value = base.conditions.join('\n');
            $('p-materials').value = base.materials.join('\n');
            $('p-change').value = 'Change';
          });
          $('propose-form').addEventListener('submit', e => {
            e.preventDefault();
            guard(async () => {
              const v = id => $(id).value.trim(), change = v('p-change'), problems = [];
              if (!v('p-code')) problems.push({ field: 'p-code', text: data.errors.code });
              if (change !== 'Withdraw') {
                if (!v('p-name')) problems.push({ field: 'p-name', text: data.errors.name });
                if (!v('p-basis')) problems.push({ field: 'p-basis', text: data.errors.basis });
                if (!/^[0-9]{1,2}$/.test(v('p-days'))) problems.push({ field: 'p-days', text: data.errors.days });
                if (!v('p-window')) problems.push({ field: 'p-window', text: data.errors.window });
                for (const id of ['p-procedure', 'p-conditions', 'p-materials']) if (!lines(id).length) problems.push({ field: id, text: data.errors.lines });
              }
              if (!v('p-effective')) problems.push({ field: 'p-effective', text: data.errors.effective });
              if (!v('p-reason')) problems.push({ field: 'p-reason', text: data.errors.reason });
              if (problems.length) throw invalid(problems);
              const item = change === 'Withdraw' ? null : {
                ...(base && base.code === v('p-code') ? base : {}), code: v('p-code'), departmentId: me.organizationId, name: v('p-name'), legalBasis: v('p-basis'),
                mode: v('p-mode'), promisedWorkingDays: Number(v('p-days')), window: v('p-window'),
                procedure: lines('p-procedure'), conditions: lines('p-conditions'), materials: lines('p-materials'),
              };
              const p = await call('POST', path(v('p-code'), '/proposal'), { change, item, effectiveFrom: v('p-effective'), reason: v('p-reason') });
              forget();
              status(`${data.proposed} ${p.itemCode} #${p.sequence}`);
              await load();
              await notices();
            });
          });

          guard(async () => {
            me = await call('GET', '/api/v1/auth/me');
            $('propose').hidden = !me.roles.includes('DepartmentHead');
            await load();
            await notices();
          });
        })();
        """;
}
