namespace TenderHall.Portal.Experts;

/// <summary>The agency's draw request: the form becomes the API's request body.</summary>
public static class DrawRequestScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, form, tender } = page;
          if (!token) return status(data.signIn);
          form('request', async () => {
            // The time is entered in Beijing time (UTC+8, no daylight saving).
            const evaluationAt = new Date(Date.parse($('evaluation').value + ':00+08:00')).toISOString();
            const seats = $('seats').value.split(',').map(s => s.trim()).filter(s => s).map(s => {
              const [specialty, count, backups] = s.split(':');
              return { specialty, seats: Number(count), backups: Number(backups || 0) };
            });
            const regions = $('regions').value.split(',').map(r => r.trim()).filter(r => r);
            const view = await call('POST', `/api/v1/tenders/${tender()}/draw`, {
              evaluationAt, committeeSize: Number($('size').value), tendereeSeats: Number($('tenderee').value),
              tendereeCreditCode: $('tenderee-code').value.trim(), seats, regions,
            });
            status(`${view.status} · ${view.poolHash}`);
          });
        })();
        """;
}
