namespace TenderHall.Portal.Complaints;

/// <summary>
/// The complainant's page: its own cases with every deadline (acceptance, decision), filing a complaint with evidence
/// (each file stored first, then named by its SHA-256 in the complaint), and a procurement challenge (GPL 52) to follow.
/// </summary>
public static class MyComplaintsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = ComplaintPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, fill } = page;
          const { guard, act, clock, tenderUrl } = after;
          const { clocks, send } = complaints;
          const { beijing } = evaluation;
          if (!token) return status(data.signIn);
          const list = async () => {
            const cases = await call('GET', '/api/v1/complaints/mine');
            const now = await clock();
            fill('complaints', cases, c => {
              const [state, filed, accept, decide] = clocks(c, now);
              return [c.id, c.filing.tenderId, state, filed, accept, decide, c.outcome ? data.outcomes[c.outcome] : '', c.tenderSuspended ? data.yes : '', c.note || '', c.filing.evidence.length];
            });
          };
          act('file', async () => {
            const evidence = [];
            for (const file of $('evidence').files) evidence.push((await send('/api/v1/complaints/evidence', file)).sha256Hex);
            const known = $('known').value;
            const filed = await call('POST', '/api/v1/complaints', {
              tenderId: $('tender').value.trim(), text: $('text').value, knownAt: known ? new Date(Date.parse(known + ':00+08:00')).toISOString() : null,
              evidence, challengeId: $('challenge').value.trim() || null,
            });
            status(`${data.filed} ${filed.id}`);
            await list();
          });
          act('raise', async () => {
            const challenge = await call('POST', tenderUrl('/objections'), { text: $('challenge-text').value });
            $('challenge').value = challenge.id;
            status(`${data.raised} ${challenge.id} · ${data.answerDue} ${beijing(challenge.answerDue)}`);
          });
          guard(list);
        })();
        """;
}
