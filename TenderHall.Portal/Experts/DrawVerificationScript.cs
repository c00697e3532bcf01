namespace TenderHall.Portal.Experts;

/// <summary>
/// The public draw page: the logged steps, and after the result the committee, the document, and the one-click re-check that
/// re-runs the whole draw in the browser (<see cref="DrawRerunScript"/>) and shows which step, if any, differs.
/// </summary>
public static class DrawVerificationScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + DrawCheckScript.Source + Transparency.LogCheckScript.Source + DrawRerunScript.Source + """
        (() => {
          const { data, $, call, guard, fill } = page;
          const tender = encodeURIComponent(data.tender);
          // The document's keys must be the ones the platform publishes, or a document edited end to end would verify itself.
          const keys = async draw => {
            const [vrf, log] = await Promise.all([call('GET', '/api/v1/draws/key'), call('GET', '/api/v1/transparency/key')]);
            return vrf.publicKey === draw.vrfPublicKey && log.verifierKey === draw.logKey;
          };
          const recheck = async () => {
            const result = $('recheck-result');
            result.dataset.result = 'running';
            result.textContent = data.labels.running;
            let verdict;
            try {
              const draw = await call('GET', `/api/v1/tenders/${tender}/draw/document`);
              verdict = await keys(draw)
                ? await drawRerun(draw, data.seedRule)
                : { verified: false, step: 'keys', detail: 'the document names another VRF or log key than the platform publishes', passed: [] };
              if (verdict.step !== 'keys') verdict.passed.unshift('keys');
            } catch (e) {
              verdict = { verified: false, step: 'document', detail: e.message, passed: [] };
            }
            fill('recheck-steps', data.steps, step => [step, verdict.passed.includes(step) ? '✓' : step === verdict.step ? '✗' : '—']);
            result.dataset.result = verdict.verified ? 'pass' : 'fail';
            result.textContent = verdict.verified ? data.labels.passed : `${data.labels.failed} ${verdict.step}: ${verdict.detail}`;
          };
          guard(async () => {
            const view = await call('GET', `/api/v1/tenders/${tender}/draw`);
            $('page-status').textContent = data.statuses[view.status] || view.status;
            const steps = [
              [data.labels.pool, view.poolHash], [data.labels.commitment, view.commitment ? `${view.commitment} (#${view.commitIndex})` : ''],
              [data.labels.anchor, view.anchorRoot ? `${view.anchorSize}: ${view.anchorRoot}` : ''], [data.labels.seed, view.seed], ['VRF alpha', view.alpha], ['VRF proof', view.proof],
            ];
            fill('steps', steps.filter(s => s[1]), s => s);
            const revealed = view.status === 'Revealed';
            $('sealed').hidden = revealed;
            $('revealed').hidden = !revealed;
            if (revealed) {
              fill('committee', view.seats.filter(s => s.status === 'Confirmed' || s.status === 'Notified'), s => [s.seat, s.name, s.pseudonym]);
              $('recheck').addEventListener('click', recheck);
            }
          });
        })();
        """;
}
