namespace TenderHall.Portal.Agency;

/// <summary>
/// The fee ledger of the agency's tenders (<c>GET /api/v1/fees/tenders/{id}/summary</c>): sums per purpose, no payer named;
/// a tender before its bid deadline shows the platform's refusal (BL 22) in its row instead.
/// </summary>
public static class AgencyFeesScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + """
        (() => {
          const { data, $, element, yuan, call, run, me, tenders, link } = agency;
          run(async () => {
            const who = await me();
            const mine = (await tenders(who)).tenders;
            const totals = { collectedFen: 0, refundedFen: 0, interestFen: 0, heldFen: 0 };
            const body = $('fees').tBodies[0];
            body.replaceChildren();
            const row = (t, cells) => {
              const tr = body.insertRow();
              tr.dataset.tender = t.id;
              for (const value of [link(`/tenders/${encodeURIComponent(t.id)}`, `${t.registration.title} (${t.id})`), data.statuses[t.status] || t.status, ...cells])
                tr.insertCell().append(value instanceof Node ? value : document.createTextNode(value ?? ''));
              return tr;
            };
            for (const t of mine) {
              try {
                const summary = await call('GET', `/api/v1/fees/tenders/${encodeURIComponent(t.id)}/summary`);
                if (!summary.lines.length) row(t, [data.none, '', '', '', '', '']);
                for (const l of summary.lines) {
                  for (const k of Object.keys(totals)) totals[k] += l[k];
                  row(t, [data.purposes[l.purpose] || l.purpose, l.paidOrders, yuan(l.collectedFen), yuan(l.refundedFen), yuan(l.interestFen), yuan(l.heldFen)]);
                }
              } catch (e) {
                if (e.status === 401) throw e;
                // Refused for this tender (BL 22 before its deadline): the row says why, with the rule.
                const why = element('span');
                why.append(element('strong', e.rule || `HTTP ${e.status}`), ' ' + e.message);
                row(t, [why]).cells[2].colSpan = 6;
              }
            }
            $('total-collected').textContent = yuan(totals.collectedFen);
            $('total-refunded').textContent = yuan(totals.refundedFen);
            $('total-interest').textContent = yuan(totals.interestFen);
            $('total-held').textContent = yuan(totals.heldFen);
            $('no-fees').hidden = mine.length > 0;
          });
        })();
        """;
}
