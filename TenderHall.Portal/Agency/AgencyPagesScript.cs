using TenderHall.Portal.Account;

namespace TenderHall.Portal.Agency;

/// <summary>
/// What the agency's pages share in the browser: the tab's token, calls to the API that keep the whole problem (rule code,
/// words, article), the error summary linking each problem to its field, Beijing time, and a form kept across a sign-in.
/// </summary>
public static class AgencyPagesScript
{
    /// <summary>The id of each page's data element.</summary>
    public const string DataId = "agency-data";

    /// <summary>The shared part, after <see cref="BrowserSession.Script"/>; each page's script follows it.</summary>
    public static string Common { get; } = BrowserSession.Script + """
        const agency = (() => {
          const data = JSON.parse(document.getElementById('agency-data').textContent);
          const $ = id => document.getElementById(id);
          const token = session.token();
          const href = path => data.lang ? `${path}${path.includes('?') ? '&' : '?'}lang=${data.lang}` : path;
          // The date inputs are Beijing wall time (UTC+8, no daylight saving) whatever this computer's zone is.
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          const local = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16) : '';
          const instant = value => value ? new Date(Date.parse(value + ':00+08:00')).toISOString() : null;
          const yuan = fen => (Number(fen) / 100).toFixed(2);
          const fen = text => Math.round(Number(text) * 100);
          const status = text => { $('page-status').textContent = text; };
          const element = (tag, text, className) => {
            const e = document.createElement(tag);
            if (text !== undefined && text !== null) e.textContent = text;
            if (className) e.className = className;
            return e;
          };
          const link = (path, text) => { const a = element('a', text); a.href = href(path); return a; };
          const fill = (tableId, rows, cells) => {
            const body = $(tableId).tBodies[0];
            body.replaceChildren();
            for (const row of rows) {
              const tr = body.insertRow();
              for (const value of cells(row, tr)) tr.insertCell().append(value instanceof Node ? value : document.createTextNode(value ?? ''));
            }
          };

          // Session expiry: the form's values stay in this tab while the user signs in again, then come back.
          const formKey = 'tenderhall.form:' + location.pathname;
          const inputs = () => document.querySelectorAll('main input[id], main textarea[id], main select[id]');
          const keep = () => {
            const values = {};
            for (const e of inputs()) if (e.type !== 'file' && e.type !== 'password') values[e.id] = e.type === 'checkbox' ? e.checked : e.value;
            sessionStorage.setItem(formKey, JSON.stringify(values));
          };
          const restore = () => {
            const kept = sessionStorage.getItem(formKey);
            if (!kept) return null;
            sessionStorage.removeItem(formKey);
            const values = JSON.parse(kept);
            for (const [id, value] of Object.entries(values)) {
              const e = $(id);
              if (e && e.type === 'checkbox') e.checked = value; else if (e) e.value = value;
            }
            return values;
          };
          const signIn = () => {
            session.clear();
            location.assign(href(`/agency/signin?next=${encodeURIComponent(location.pathname + location.search)}`));
          };

          // The API in the page's language; a refusal keeps the whole RFC 9457 problem: rule code, words, article, values.
          const send = async (method, path, body, headers) => {
            const raw = body instanceof Blob;
            const all = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang, ...headers };
            if (body !== undefined) all['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
            // Read at each call: the sign-in page replaces the token.
            if (session.token()) all.Authorization = 'Bearer ' + session.token();
            const response = await fetch(path, { method, headers: all, credentials: 'omit', body: body === undefined || raw ? body : JSON.stringify(body) });
            if (response.ok) return response.status === 204 ? null : response.json();
            const problem = await response.json().catch(() => ({}));
            const error = new Error(problem.detail || problem.title || `HTTP ${response.status}`);
            Object.assign(error, { status: response.status, rule: problem.rule, source: problem.source, values: problem.values || {} });
            throw error;
          };
          const call = (method, path, body) => send(method, path, body);
          // One Idempotency-Key per request: the same form sent again after a lost answer creates nothing twice, while a
          // corrected form is a new request (the platform answers a key reused with another body with IDEMPOTENCY-MISMATCH).
          const keys = new Map();
          const create = (path, body) => {
            const request = path + '\n' + JSON.stringify(body);
            if (!keys.has(request)) keys.set(request, crypto.randomUUID());
            return send('POST', path, body, { 'Idempotency-Key': keys.get(request) });
          };

          // A file sent as the request body with its progress shown (fetch reports no upload progress; XMLHttpRequest does).
          const upload = (path, file, bar) => new Promise((resolve, reject) => {
            const request = new XMLHttpRequest();
            request.open('POST', path);
            request.setRequestHeader('Authorization', 'Bearer ' + session.token());
            request.setRequestHeader('Accept', 'application/json');
            request.setRequestHeader('Accept-Language', document.documentElement.lang);
            request.setRequestHeader('Content-Type', 'application/octet-stream');
            bar.hidden = false;
            bar.value = 0;
            request.upload.onprogress = e => { if (e.lengthComputable) bar.value = e.loaded / e.total; };
            request.onerror = () => reject(Object.assign(new Error(data.common.network), { status: 0 }));
            request.onload = () => {
              const body = (() => { try { return JSON.parse(request.responseText); } catch { return {}; } })();
              if (request.status >= 200 && request.status < 300) { bar.value = 1; return resolve(body); }
              reject(Object.assign(new Error(body.detail || body.title || `HTTP ${request.status}`), { status: request.status, rule: body.rule, source: body.source, values: body.values || {} }));
            };
            request.send(file);
          });

          // The error summary (GOV.UK pattern): each problem links to its field, which is marked invalid; focus moves to it.
          const fields = data.fields || {};
          const summary = problems => {
            for (const e of document.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
            const list = $('error-list');
            list.replaceChildren();
            for (const p of problems) {
              const item = element('li');
              const target = p.field && $(p.field);
              const words = element(target ? 'a' : 'span');
              if (p.rule) words.append(element('strong', p.rule), ' ');
              words.append(p.text);
              if (target) { words.href = '#' + p.field; target.setAttribute('aria-invalid', 'true'); }
              item.append(words);
              if (p.source) item.append(element('br'), element('small', p.source));
              list.append(item);
            }
            $('errors').hidden = problems.length === 0;
            if (problems.length) $('errors').focus();
          };
          const fieldOf = e => fields[e.values.field] || fields[e.rule] || null;
          const problemsOf = e => e.problems || [{ rule: e.rule || (e.status ? `HTTP ${e.status}` : data.common.error), text: e.message, source: e.source, field: e.values ? fieldOf(e) : null }];
          const refuse = problems => Object.assign(new Error(''), { problems });
          // The label's own words (its hint left out), to name the field in a problem.
          const labelOf = id => {
            const label = document.querySelector(`label[for="${id}"]`).cloneNode(true);
            for (const hint of label.querySelectorAll('.hint, input')) hint.remove();
            return label.textContent.trim();
          };
          // Required fields left empty, named by their labels, before anything is sent.
          const required = ids => {
            const missing = ids.filter(id => { const e = $(id); return e.type === 'checkbox' ? !e.checked : !e.value.trim(); });
            if (missing.length) throw refuse(missing.map(id => ({ field: id, text: data.common.required.replace('{label}', labelOf(id)) })));
          };
          // An amount in yuan (at most two decimals), sent in fen.
          const amount = id => {
            const value = $(id).value.trim();
            if (!/^\d{1,13}(\.\d{1,2})?$/.test(value)) throw refuse([{ field: id, text: data.common.amount.replace('{label}', labelOf(id)) }]);
            return fen(value);
          };
          const run = async work => {
            document.body.dataset.page = 'busy';
            try { await work(); summary([]); document.body.dataset.page = 'ready'; }
            catch (e) {
              if (e.status === 401) { keep(); return signIn(); }
              summary(problemsOf(e));
              document.body.dataset.page = 'failed';
            }
          };
          const form = (id, work) => $(id).addEventListener('submit', event => { event.preventDefault(); run(work); });
          const act = (id, work) => $(id).addEventListener('click', () => run(work));
          // Deadlines are the platform's (its clock decides them), not this computer's.
          const clock = async () => Date.parse((await call('GET', '/api/v1/clock')).now);
          const left = (iso, now) => {
            const ms = Date.parse(iso) - now;
            return ms < 0 ? data.common.overdue : data.common.left.replace('{n}', Math.ceil(ms / 86400000));
          };
          // Who is signed in: an agency's clerk, or the page says whom it is for.
          const me = async () => {
            if (!token) { signIn(); return new Promise(() => {}); }
            const who = await call('GET', '/api/v1/auth/me');
            if (!who.roles.includes('Agency')) throw refuse([{ text: data.common.agencyOnly }]);
            return who;
          };
          // Every page of a listing (the API serves at most 200 entries a page).
          const all = async path => {
            const items = [];
            for (let skip = 0; ; skip += 200) {
              const page = await call('GET', `${path}${path.includes('?') ? '&' : '?'}skip=${skip}&take=200`);
              items.push(...page.items);
              if (items.length >= page.total || page.items.length === 0) return items;
            }
          };
          // The tenders of the agency's projects (the registry lists projects with their agency; a project lists its tenders).
          const tenders = async who => {
            const projects = (await all('/api/v1/projects')).filter(p => p.agencyId === who.organizationId);
            const views = await Promise.all(projects.map(p => call('GET', `/api/v1/projects/${encodeURIComponent(p.code)}`)));
            const ids = views.flatMap(v => v.tenders);
            return { projects, tenders: await Promise.all(ids.map(id => call('GET', `/api/v1/tenders/${encodeURIComponent(id)}`))) };
          };
          // A file the API serves to the signed-in clerk only: fetched with the token, then offered as a download.
          const save = async (path, name) => {
            const response = await fetch(path, { credentials: 'omit', headers: { Authorization: 'Bearer ' + session.token(), 'Accept-Language': document.documentElement.lang } });
            if (!response.ok) {
              const problem = await response.json().catch(() => ({}));
              throw Object.assign(new Error(problem.detail || problem.title || `HTTP ${response.status}`), { status: response.status, rule: problem.rule, source: problem.source, values: problem.values || {} });
            }
            const a = element('a');
            a.href = URL.createObjectURL(await response.blob());
            a.download = name;
            a.click();
          };
          $('errors').tabIndex = -1;
          return { data, $, token, href, beijing, local, instant, yuan, fen, status, element, link, fill, keep, restore, call, send, create, upload, save, summary, refuse, required, amount, run, form, act, clock, left, me, all, tenders };
        })();

        """;
}
