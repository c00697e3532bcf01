namespace TenderHall.Portal.Bidder;

/// <summary>
/// Objecting to the documents (<c>POST /api/v1/tenders/{id}/objections</c>) with its grounds, and, for an interested party
/// that did not obtain the documents, the ground of its interest (BLR 22); then its objections on the tender with their clocks.
/// </summary>
public static class RaiseObjectionScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = ObjectionsScript.Common + """
        (() => {
          const { data, $, call, status, fill } = page;
          const { due, clock } = after;
          const { beijing } = evaluation;
          const { submit, check, start, tender: load } = bidder;
          const show = async () => {
            const [tender, mine, now] = await Promise.all([load(), call('GET', after.tenderUrl('/objections')), clock()]);
            $('tender-title').textContent = tender.registration.title;
            $('cutoff').textContent = tender.schedule && tender.schedule.objectionCutoff ? due(tender.schedule.objectionCutoff, now) : '';
            fill('objections', mine, o => objections.cells(o, now));
            return mine;
          };
          submit('object-form', async () => {
            const text = $('grounds').value.trim(), interest = $('interest').value.trim();
            check(['grounds', text.length > 0, data.empty], ['grounds', text.isWellFormed(), data.text], ['interest', interest.isWellFormed(), data.text]);
            const raised = await call('POST', after.tenderUrl('/objections'), { text, interestGround: interest || null });
            $('grounds').value = '';
            $('interest').value = '';
            status(data.raised.replace('{id}', raised.id).replace('{due}', beijing(raised.answerDue)));
            await show();
          });
          start(show);
        })();
        """;
}
