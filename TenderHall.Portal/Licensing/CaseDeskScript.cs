namespace TenderHall.Portal.Licensing;

/// <summary>
/// The officers' desk of immediate, committed and composite-window cases: the department's open cases by nearest clock, and
/// on one case acceptance, the one-time notice (ALL 32), refusal, review, clock stop and restart (ALL 45), the one extension
/// (ALL 42), the chief representative's decision inside the delegation, and the certificate (ALL 44); each step's signed PDF.
/// </summary>
public static class CaseDeskScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = LicensingPagesScript.Common + """
        (() => {
          const { data, $, token, call, fill, button, status } = page;
          const { guard, invalid, signedOut, beijing, cutOff, act } = licensing;
          if (!token) { signedOut(); document.body.dataset.page = 'failed'; return; }
          let me, now = Date.now(), current = null;
          const url = (c, rest = '') => `/api/v1/licensing/cases/${encodeURIComponent(c.caseNumber)}${rest}`;
          const due = c => c.status === 'Received' ? c.clocks.noticeDue : c.status === 'Approved' ? c.clocks.certificateDue : c.clocks.decisionDue;
          const left = iso => {
            if (!iso) return '';
            const ms = Date.parse(iso) - now;
            return `${cutOff(iso)} (${ms < 0 ? data.clocks.overdue : data.clocks.left.replace('{n}', Math.ceil(ms / 86400000))})`;
          };
          // Which steps the caller's role and the case's status allow; the platform decides, this only spares useless buttons.
          const roles = { WindowOfficer: ['accept', 'notice', 'refuse', 'review', 'stop', 'restart', 'certify'], DepartmentReviewer: ['review', 'stop', 'restart'], ChiefRepresentative: ['extend', 'grant', 'deny'] };
          const statuses = { Received: ['accept', 'notice', 'refuse'], Accepted: ['review', 'stop', 'extend'], Forwarded: ['review', 'stop', 'extend'], Reviewed: ['grant', 'deny', 'stop', 'extend'], ClockStopped: ['restart'], Approved: ['certify'] };
          const buttons = ['accept', 'notice', 'refuse', 'review', 'stop', 'restart', 'extend', 'grant', 'deny', 'certify'];
          const pdf = (c, step) => {
            const link = document.createElement('a');
            link.href = '#';
            link.textContent = data.document;
            link.addEventListener('click', e => {
              if (link.download) return;
              e.preventDefault();
              guard(async () => {
                const response = await fetch(url(c, `/documents/${step.sequence}`), { headers: { Authorization: 'Bearer ' + token } });
                if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
                link.href = URL.createObjectURL(await response.blob());
                link.download = `${c.caseNumber}-${step.sequence}-${step.kind}.pdf`;
                link.click();
              });
            });
            return link;
          };
          const facts = c => {
            const f = data.facts, k = c.clocks, rows = [
              [f.item, `${c.item.name}（${c.item.code}）`], [f.version, String(c.item.version)], [f.applicant, c.application.applicantName],
              [f.subject, c.application.subject], [f.amount, c.application.amountYuan ?? ''], [f.status, data.statuses[c.status] || c.status],
              [f.received, beijing(k.receivedAt)], [f.noticeDue, left(k.noticeDue)], [f.decisionDue, left(k.decisionDue)],
              [f.limit, String(k.limitWorkingDays)], [f.extended, k.extended ? f.yes : f.no], [f.stoppedDays, String(k.stoppedWorkingDays)],
              [f.certificateDue, left(k.certificateDue)],
            ];
            $('case-facts').replaceChildren(...rows.filter(([, v]) => v !== '').flatMap(([term, value]) => {
              const dt = document.createElement('dt'), dd = document.createElement('dd');
              dt.textContent = term;
              dd.textContent = value;
              return [dt, dd];
            }));
          };
          const show = c => {
            current = c;
            $('case').hidden = false;
            $('case-title').textContent = `${c.caseNumber} · ${c.item.name}`;
            facts(c);
            $('case-materials').replaceChildren(...c.application.materials.map(m => Object.assign(document.createElement('li'), { textContent: `${m.name} (SHA-256 ${m.sha256.slice(0, 16)}…)` })));
            $('case-steps').replaceChildren(...c.steps.map(s => {
              const item = document.createElement('li');
              item.append(`${beijing(s.at)} · ${data.steps[s.kind] || s.kind}${s.lines.length ? '：' + s.lines.join('；') : ''} `);
              if (s.document) item.append(pdf(c, s));
              return item;
            }));
            // The one-time notice lists every published material the case lacks, checked; the officer may add more.
            const held = new Set(c.application.materials.map(m => m.name));
            $('missing').replaceChildren(...c.item.materials.map((m, i) => {
              const label = document.createElement('label'), box = document.createElement('input');
              box.type = 'checkbox';
              box.id = `missing-${i}`;
              box.value = m;
              box.checked = !held.has(m);
              label.htmlFor = box.id;
              label.textContent = m;
              const line = document.createElement('div');
              line.append(box, ' ', label);
              return line;
            }));
            const mine = new Set(me.roles.flatMap(r => roles[r] || []));
            const allowed = new Set(statuses[c.status] || []);
            // ALL 34, 42, 45: an immediate case is decided on the spot, with no clock to stop or extend.
            if (c.item.mode === 'Immediate') { allowed.delete('stop'); allowed.delete('extend'); }
            for (const id of buttons) $(id).hidden = !(mine.has(id) && allowed.has(id));
            $('notice-set').hidden = $('notice').hidden;
          };
          const load = async () => {
            now = Date.parse((await call('GET', '/api/v1/clock')).now);
            const desk = await call('GET', '/api/v1/licensing/desks/cases?take=200');
            $('no-cases').hidden = desk.items.length > 0;
            fill('cases', desk.items, c => [
              c.caseNumber, c.item.name, data.modes[c.item.mode] || c.item.mode,
              c.status === 'ClockStopped' ? data.stopped : data.statuses[c.status] || c.status, left(due(c)),
              button(data.open, () => guard(async () => { show(await call('GET', url(c))); $('case-title').focus(); })),
            ]);
          };
          const text = () => {
            const value = $('text').value.trim();
            if (!value) throw invalid([{ field: 'text', text: data.textRequired }]);
            return value;
          };
          // Each step answers the case as it now stands; the desk list follows.
          const step = (id, work) => act(id, async () => {
            const c = await work(current);
            $('text').value = '';
            status(`${data.done} ${data.statuses[c.status] || c.status}`);
            show(c);
            await load();
          });
          step('accept', c => call('POST', url(c, '/acceptance')));
          step('notice', c => {
            const missing = [...document.querySelectorAll('#missing input:checked')].map(b => b.value)
              .concat($('missing-other').value.split('\n').map(l => l.trim()).filter(Boolean));
            if (!missing.length) throw invalid([{ field: 'missing-other', text: data.missingRequired }]);
            return call('POST', url(c, '/notice'), { missing });
          });
          step('refuse', c => call('POST', url(c, '/refusal'), { text: text() }));
          step('review', c => call('POST', url(c, '/review'), { text: text() }));
          step('stop', c => call('POST', url(c, '/clock-stop'), { text: text() }));
          step('restart', c => call('POST', url(c, '/clock-restart')));
          step('extend', c => call('POST', url(c, '/extension'), { text: text() }));
          step('grant', c => call('POST', url(c, '/decision'), { grant: true, reason: text() }));
          step('deny', c => call('POST', url(c, '/decision'), { grant: false, reason: text() }));
          step('certify', c => call('POST', url(c, '/certificate')));
          guard(async () => { me = await call('GET', '/api/v1/auth/me'); await load(); });
        })();
        """;
}
