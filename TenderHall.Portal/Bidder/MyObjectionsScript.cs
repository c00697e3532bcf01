namespace TenderHall.Portal.Bidder;

/// <summary>"My objections": the organisation's objections on every tender (<c>GET /api/v1/objections/mine</c>) with their clocks.</summary>
public static class MyObjectionsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = ObjectionsScript.Common + """
        (() => {
          const { data, $, call, fill } = page;
          const { clock } = after;
          const { start } = bidder;
          const link = row => {
            const a = document.createElement('a');
            a.href = `/my/tenders/${encodeURIComponent(row.tenderId)}/objections${data.lang ? '?lang=' + data.lang : ''}`;
            a.textContent = row.title;
            return a;
          };
          start(async () => {
            const [mine, now] = await Promise.all([call('GET', '/api/v1/objections/mine'), clock()]);
            fill('objections', mine, row => [link(row), data.statuses[row.status] || row.status, ...objections.cells(row.objection, now)]);
            $('no-objections').hidden = mine.length > 0;
          });
        })();
        """;
}
