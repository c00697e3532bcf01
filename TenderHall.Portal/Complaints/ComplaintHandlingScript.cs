namespace TenderHall.Portal.Complaints;

/// <summary>
/// The supervisors' complaint handling: the open cases, the nearest clock first (accept or reject within 3 working days,
/// decide within 30, BLR 61), one case with its evidence, and the acceptance, suspension (BLR 62) and written decision.
/// </summary>
public static class ComplaintHandlingScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = ComplaintPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, fill, button } = page;
          const { guard, act, clock } = after;
          const { clocks } = complaints;
          const { beijing, save } = evaluation;
          if (!token) return status(data.signIn);
          const url = (id, path) => `/api/v1/complaints/${encodeURIComponent(id)}${path}`;
          const queue = async () => {
            const cases = await call('GET', '/api/v1/complaints');
            const now = await clock();
            fill('queue', cases, c => {
              const [state, filed, accept, decide] = clocks(c, now);
              return [c.id, c.filing.tenderId, data.regimes[c.regime] || c.regime, state, filed, accept, decide, c.tenderSuspended ? data.yes : '',
                button(data.open, () => guard(() => show(c.id)))];
            });
          };
          const show = async id => {
            $('complaint').value = id;
            const c = await call('GET', url(id, ''));
            const now = await clock();
            const [state, filed, accept, decide] = clocks(c, now);
            fill('case', [
              [data.tender, c.filing.tenderId], [data.complainant, c.complainantId], [data.regime, data.regimes[c.regime] || c.regime], [data.status, state],
              [data.text, c.filing.text], [data.knownAt, beijing(c.filing.knownAt)], [data.challenge, c.filing.challengeId || ''], [data.filedAt, filed],
              [data.acceptanceDue, accept], [data.decisionDue, decide], [data.suspended, c.tenderSuspended ? data.yes : ''],
              [data.outcome, c.outcome ? data.outcomes[c.outcome] : ''], [data.note, c.note || ''],
            ], r => r);
            fill('evidence', c.filing.evidence, sha => [sha, button(data.download, () => guard(() => save(url(id, `/evidence/${sha}`), `${id}-${sha.slice(0, 12)}`)))]);
          };
          const command = (id, path, body) => act(id, async () => {
            const complaint = $('complaint').value.trim();
            await call('POST', url(complaint, path), body());
            await show(complaint);
            await queue();
          });
          act('load', queue);
          act('open', () => show($('complaint').value.trim()));
          command('accept', '/review', () => ({ accept: true, note: $('note').value }));
          command('reject', '/review', () => ({ accept: false, note: $('note').value }));
          command('suspend', '/suspension', () => ({ note: $('note').value }));
          command('decide', '/decision', () => ({ outcome: $('outcome').value, note: $('note').value }));
          guard(queue);
        })();
        """;
}
