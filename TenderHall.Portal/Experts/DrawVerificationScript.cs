namespace TenderHall.Portal.Experts;

/// <summary>The public draw page: the logged steps, and after the result the committee, the proof and the document to re-check.</summary>
public static class DrawVerificationScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { data, $, call, guard, fill } = page;
          guard(async () => {
            const view = await call('GET', `/api/v1/tenders/${encodeURIComponent(data.tender)}/draw`);
            $('page-status').textContent = data.statuses[view.status] || view.status;
            const steps = [
              [data.labels.pool, view.poolHash], [data.labels.commitment, view.commitment ? `${view.commitment} (#${view.commitIndex})` : ''],
              [data.labels.anchor, view.anchorRoot ? `${view.anchorSize}: ${view.anchorRoot}` : ''], [data.labels.seed, view.seed], ['VRF alpha', view.alpha], ['VRF proof', view.proof],
            ];
            fill('steps', steps.filter(s => s[1]), s => s);
            const revealed = view.status === 'Revealed';
            $('sealed').hidden = revealed;
            $('revealed').hidden = !revealed;
            if (revealed) fill('committee', view.seats.filter(s => s.status === 'Confirmed' || s.status === 'Notified'), s => [s.seat, s.name, s.pseudonym]);
          });
        })();
        """;
}
