namespace TenderHall.Portal.Hall;

/// <summary>
/// The centre's performance page: the figures as a table, and the platform's server-rendered SVG chart shown as an image
/// (fetched with the tab's token, shown from a data: address the page's policy allows).
/// </summary>
public static class PerformanceScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = HallPagesScript.Common + """
        (() => {
          const { $, data, token, call, say, guard, check, fill, form, restore, signedOut } = hall;
          const fields = ['department', 'from', 'to', 'figure', 'by'];
          if (!token) return signedOut();
          restore(fields);
          const pct = x => `${(x * 100).toFixed(1)} %`;
          // Ratings: the department's public results on its regular row, each officer's own (centre and supervision only) on theirs.
          const rated = r => r ? [String(r.total), r.total ? pct(r.satisfiedRate) : ''] : ['', ''];
          const row = (unit, lane, f, ratings) => [unit, lane, String(f.accepted), String(f.decided), pct(f.onTimeRate), pct(f.onTheSpotRate), String(f.overdue), String(f.averageHandlingWorkingDays), ...rated(ratings)];
          form('performance-form', async () => {
            const v = id => $(id).value.trim();
            const problems = [];
            if (v('from') && v('to') && v('from') > v('to')) problems.push(['to', data.datesWrong]);
            if (v('by') !== 'Department' && !v('department')) problems.push(['department', data.departmentRequired]);
            check(problems);
            const query = new URLSearchParams();
            for (const id of ['department', 'from', 'to']) if (v(id)) query.set(id, v(id));
            const departments = await call('GET', `/api/v1/licensing/performance?${query}`);
            const rows = departments.flatMap(d => [
              row(d.departmentId, data.regular, d.regular, d.ratings),
              row(d.departmentId, data.fast, d.fastTrack, null),
              ...d.windows.map(w => row(`${data.window} ${w.id}`, '', w, null)),
              ...d.officers.map(o => row(`${data.officer} ${o.id || data.deemed}`, '', o, o.ratings)),
            ]);
            fill('figures', rows, r => r);
            query.set('figure', v('figure'));
            query.set('by', v('by'));
            const response = await fetch(`/api/v1/licensing/performance/chart.svg?${query}`, {
              credentials: 'omit', headers: { Authorization: 'Bearer ' + session.token(), 'Accept-Language': document.documentElement.lang },
            });
            if (!response.ok) {
              const problem = await response.json().catch(() => ({}));
              const e = new Error(problem.detail || `HTTP ${response.status}`);
              Object.assign(e, { status: response.status, rule: problem.rule, values: problem.values });
              throw e;
            }
            const svg = await response.text();
            $('chart').src = 'data:image/svg+xml;base64,' + btoa(Array.from(new TextEncoder().encode(svg), b => String.fromCharCode(b)).join(''));
            $('chart').alt = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title').textContent;
            $('results').hidden = false;
            say(departments.length ? '' : data.none);
          }, fields);
          document.body.dataset.page = 'ready';
        })();
        """;
}
