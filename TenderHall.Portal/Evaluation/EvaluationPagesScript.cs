using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Evaluation;

/// <summary>What the evaluation pages share in the browser, after the draw pages' helpers: the API address and the view's tables.</summary>
public static class EvaluationPagesScript
{
    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = DrawPagesScript.Common + """
        const evaluation = (() => {
          const { data, $, call, status, fill, tender } = page;
          const url = path => `/api/v1/tenders/${tender()}/evaluation${path}`;
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          const show = view => {
            status(`${data.statuses[view.status] || view.status} · ${data.due} ${beijing(view.due)}`);
            if ($('members')) fill('members', view.members, m => [m.seat, m.name, m.checkedInAt ? beijing(m.checkedInAt) : '', [m.reviewed, m.scored, m.signed].map(x => x ? '✓' : '·').join(' ')]);
            if ($('candidates')) fill('candidates', view.candidates, c => [c.rank, c.bidderName, c.price, c.score]);
            if ($('rejections')) fill('rejections', view.rejections, r => [r.bidderName, r.reason, r.article]);
            if ($('clarifications')) fill('clarifications', view.clarifications, c => [c.number, c.bidderId, c.question, beijing(c.due), c.answer || '']);
            return view;
          };
          // PDFs and payloads need the reader's token: fetched, then offered as a file.
          const save = async (path, name) => {
            const response = await fetch(path, { headers: { Authorization: 'Bearer ' + page.token } });
            if (!response.ok) throw new Error((await response.json()).detail || response.statusText);
            const link = document.createElement('a');
            link.href = URL.createObjectURL(await response.blob());
            link.download = name;
            link.click();
          };
          // A file sent as the request body; a refusal comes back as problem details, read like session.call reads them.
          const upload = async (path, file) => {
            const response = await fetch(path, {
              method: 'POST', credentials: 'omit', body: file,
              headers: { Authorization: 'Bearer ' + page.token, Accept: 'application/json', 'Accept-Language': document.documentElement.lang, 'Content-Type': 'application/octet-stream' },
            });
            const body = await response.json().catch(() => ({}));
            if (response.ok) return body;
            throw Object.assign(new Error(body.detail || body.title || `HTTP ${response.status}`), { status: response.status, rule: body.rule, values: body.values || {} });
          };
          const preset = load => {
            const id = new URLSearchParams(location.search).get('tender');
            if (id) { $('tender').value = id; page.guard(load); }
          };
          return { url, show, save, upload, preset, beijing };
        })();

        """;
}
