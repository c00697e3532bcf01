namespace TenderHall.Portal.Award;

/// <summary>
/// The agency's award page: the publicized candidates (BLR 54), the choice of winner (BLR 55: the platform refuses what the
/// law does not allow), the notices issued at one instant (BL 45), a winner that gives up, and the objections to the result
/// with their 3-day clocks, answered here.
/// </summary>
public static class AwardAdminScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AwardPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, fill, button } = page;
          const { guard, act, clock, due, tenderUrl, preset, link } = after;
          const { beijing } = evaluation;
          if (!token) return status(data.signIn);
          const shown = (id, href) => { $(id).href = href; $(id).hidden = false; };
          const load = async () => {
            const v = await call('GET', tenderUrl('/award'));
            const now = await clock();
            status(`${data.statuses[v.status] || v.status} · ${data.publicity} ${beijing(v.publicityFrom)} – ${beijing(v.publicityUntil)}`);
            shown('contract-link', link(data.contract, v.tenderId));
            const gone = new Set(v.declined.map(d => d.bidderId));
            const choose = c => button(data.choose, () => guard(async () => {
              await call('POST', tenderUrl('/award'), { winnerId: c.bidderId, reason: $('reason').value.trim() || null });
              await load();
            }));
            fill('candidates', v.result ? v.result.candidates : [], c => [c.rank, c.bidderName, c.price, c.score,
              gone.has(c.bidderId) ? data.declinedMark : v.award && v.award.bidderId === c.bidderId ? data.winnerMark : choose(c)]);
            const w = v.award;
            fill('winner', w ? [[data.winner, w.bidderName], [data.rank, w.rank], [data.reason, w.reason], [data.decidedAt, beijing(w.decidedAt)],
              [data.contractDue, due(v.contractDue, now, v.contract && v.contract.signedAt)], [data.reportDue, due(v.reportDue, now, v.reportFiledAt)]] : [], r => r);
            if (w) { shown('notice', tenderUrl('/award/notice.pdf')); shown('result', tenderUrl('/award/result.pdf')); }
            fill('declined', v.declined, d => [d.rank, d.bidderName, d.declineReason]);
            // The objections raised during the publicity are the ones to the result (BLR 54); earlier ones were about the documents.
            const from = v.publicityFrom ? Date.parse(v.publicityFrom) : Infinity;
            const objections = (await call('GET', tenderUrl('/objections'))).filter(o => Date.parse(o.raisedAt) >= from);
            fill('objections', objections, o => [o.id, o.text, beijing(o.raisedAt), due(o.answerDue, now, o.answeredAt), o.answer || '',
              o.answeredAt ? '' : button(data.answer, () => guard(async () => {
                await call('POST', tenderUrl(`/objections/${encodeURIComponent(o.id)}/answer`), { text: $('objection-answer').value });
                await load();
              }))]);
          };
          act('load', load);
          act('decline', async () => { await call('POST', tenderUrl('/award/decline'), { reason: $('decline-reason').value }); await load(); });
          preset('tender', load);
        })();
        """;
}
