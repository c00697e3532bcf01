namespace TenderHall.Portal.Experts;

/// <summary>The centre's expert management: search, status changes, import with its report, export.</summary>
public static class ExpertManagementScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, guard, fill, button, form } = page;
          if (!token) return status(data.signIn);
          const search = async () => {
            const query = new URLSearchParams({ q: $('q').value });
            if ($('specialty').value) query.set('specialty', $('specialty').value);
            if ($('status').value) query.set('status', $('status').value);
            const experts = await call('GET', '/api/v1/experts/search?' + query);
            fill('experts', experts, x => {
              const choice = document.createElement('select');
              for (const s of ['Active', 'Suspended', 'StruckOff']) choice.add(new Option(data.statuses[s], s, false, s === x.status));
              const reason = document.createElement('input');
              reason.placeholder = data.reason;
              const change = button(data.change, () => guard(async () => {
                await call('POST', `/api/v1/experts/${encodeURIComponent(x.id)}/status`, { status: choice.value, reason: reason.value });
                await search();
              }));
              return [x.id, x.name, x.specialties.join(' '), x.employerName, data.statuses[x.status] || x.status, choice, reason, change];
            });
            status(`${experts.length}`);
          };
          form('search', search);
          form('import', async () => {
            const file = $('file').files[0];
            const format = file && file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
            const response = await fetch(`/api/v1/experts/import?format=${format}`, {
              method: 'POST', credentials: 'omit', body: file,
              headers: { Authorization: 'Bearer ' + token, 'Accept-Language': document.documentElement.lang, 'Content-Type': 'application/octet-stream' },
            });
            const report = await response.json();
            if (!response.ok) throw new Error(report.detail || report.title);
            $('report-summary').textContent = report.applied ? `${data.applied}: +${report.entered} / ${report.updated}` : data.rejected;
            fill('report', report.rejected, r => [r.row, r.id, r.rule, r.message]);
          });
          for (const format of ['csv', 'xlsx'])
            $(`export-${format}`).addEventListener('click', () => guard(async () => {
              const response = await fetch(`/api/v1/experts/export?format=${format}`, { headers: { Authorization: 'Bearer ' + token }, credentials: 'omit' });
              const link = document.createElement('a');
              link.href = URL.createObjectURL(await response.blob());
              link.download = `experts.${format}`;
              link.click();
            }));
          guard(search);
        })();
        """;
}
