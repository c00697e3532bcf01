namespace TenderHall.Portal.Bidder;

/// <summary>
/// The bidder in the opening: the session's state, its own line of the record once decrypted, and its answer to that line
/// (<c>POST /api/v1/tenders/{id}/opening/response</c>, BLR 44): confirm it, or object on the spot for the agency to answer.
/// </summary>
public static class BidderOpeningScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BidderPagesScript.Common + """
        (() => {
          const { data, $, call, status } = page;
          const { due, clock } = after;
          const { act, submit, check, me, start } = bidder;
          const url = after.tenderUrl('/opening');
          const show = async view => {
            const who = await me();
            view = view || await call('GET', url);
            const line = view.rows.find(r => r.bidderId === who.organizationId);
            $('session').textContent = (data.sessions[view.status] || view.status)
              + (view.bidderPartsDue ? ` · ${data.partsDue} ${due(view.bidderPartsDue, await clock())}` : '');
            $('no-line').hidden = !!line;
            $('line').hidden = !line;
            // Bidder-and-quorum: the part is unwrapped with the bidder's own key in its tool, never in this tab.
            $('part-note').hidden = view.status !== 'AwaitingBidderParts';
            if (line) {
              $('line-bidder').textContent = line.bidderName;
              $('line-outcome').textContent = data.outcomes[line.outcome] || line.outcome;
              $('line-price').textContent = line.price || '';
              $('line-duration').textContent = line.durationDays ?? '';
              $('line-quality').textContent = line.qualityCommitment || '';
              $('line-hash').textContent = line.envelopeSha256;
              $('line-answer').textContent = line.confirmed === true ? data.confirmed : line.objection
                ? `${data.objected} ${line.objection}${line.objectionAnswer ? ' — ' + line.objectionAnswer : ''}` : '';
            }
            $('respond').hidden = !line;
            document.body.dataset.line = line ? (line.confirmed === true ? 'confirmed' : line.objection ? 'objected' : 'open') : 'none';
          };
          act('refresh', () => show());
          act('confirm', async () => {
            await show(await call('POST', after.tenderUrl('/opening/response'), { confirm: true }));
            status(data.confirmed);
          });
          submit('object-form', async () => {
            const objection = $('objection').value.trim();
            check(['objection', objection.length > 0 && objection.isWellFormed(), data.empty]);
            await show(await call('POST', after.tenderUrl('/opening/response'), { confirm: false, objection }));
            $('objection').value = '';
            status(data.objected);
          });
          start(() => show());
        })();
        """;
}
