namespace TenderHall.Portal.Evaluation;

/// <summary>
/// The expert's evaluation room: check-in with the public key of the member's own signing tool, the bids of this tender only
/// (every read logged by the platform), the review, the scores (final once sent), clarifications, more time, the report and
/// its signature (the signed attributes are signed in the member's tool; the private key never reaches the browser page).
/// </summary>
public static class EvaluationRoomScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = EvaluationPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, guard, fill, button } = page;
          const { url, show, save, preset } = evaluation;
          if (!token) return status(data.signIn);
          let bids = [];
          const view = async () => {
            const v = show(await call('GET', url('')));
            $('attributes').value = v.signingRequest ? v.signingRequest.signedAttributes : '';
            return v;
          };
          const act = (id, work) => $(id).addEventListener('click', () => guard(async () => { await work(); await view(); }));
          const input = (name, bidder) => { const i = document.createElement('input'); i.type = 'number'; i.step = '0.01'; i.id = `${name}-${bidder}`; i.value = '0'; return i; };
          act('load', async () => {});
          act('check-in', () => call('POST', url('/check-in'), { signingKey: $('key').value.trim() }));
          act('read', async () => {
            bids = await call('GET', url('/bids'));
            fill('bids', bids, b => [b.bidderName, b.price, b.durationDays, input('technical', b.bidderId), input('commercial', b.bidderId), input('adjustment', b.bidderId),
              button(data.download, () => guard(() => save(url(`/bids/${encodeURIComponent(b.bidderId)}/payload`), `${b.bidderId}.thbp`)))]);
          });
          act('review', () => call('POST', url('/review'), {
            failures: $('failures').value.split('\n').map(l => l.trim()).filter(l => l).map(l => {
              const [bidderId, criterion, reason, article] = l.split('|').map(p => p.trim());
              return { bidderId, criterion, reason, article };
            }),
          }));
          // Only the bids that passed the review are scored; the platform refuses a sheet that leaves one out or adds one.
          act('score', async () => {
            const v = await call('GET', url(''));
            const rejected = new Set(v.rejections.map(r => r.bidderId));
            const number = (name, id) => Number($(`${name}-${id}`).value || 0);
            await call('POST', url('/scores'), {
              scores: bids.filter(b => !rejected.has(b.bidderId)).map(b => ({
                bidderId: b.bidderId, technical: number('technical', b.bidderId), commercial: number('commercial', b.bidderId), adjustment: number('adjustment', b.bidderId),
              })),
            });
          });
          act('scores', async () => {
            const sheets = await call('GET', url('/scores'));
            $('sheets').textContent = sheets.map(s => `${s.seat}: ` + s.entries.map(e => `${e.bidderId} ${e.technical}/${e.commercial}/${e.adjustment}`).join('; ')).join('\n');
          });
          act('ask', () => call('POST', url('/clarifications'), { bidderId: $('clarify-bidder').value.trim(), question: $('question').value, hours: Number($('clarify-hours').value) }));
          act('extend', () => call('POST', url('/extension'), { hours: Number($('extension').value) }));
          act('render', () => call('POST', url('/report')));
          act('pdf', () => save(url('/report.pdf'), 'evaluation-report.pdf'));
          act('prepare', () => call('POST', url('/report/signing-request')));
          act('sign', () => call('POST', url('/report/countersign'), { signature: $('signature').value.trim() }));
          preset(view);
        })();
        """;
}
