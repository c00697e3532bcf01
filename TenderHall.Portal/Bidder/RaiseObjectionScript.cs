namespace TenderHall.Portal.Bidder;

/// <summary>
/// Objecting to the documents (<c>POST /api/v1/tenders/{id}/objections</c>) with its grounds and evidence files (uploaded first, <c>POST /api/v1/objections/evidence</c>), and, for an interested party
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
            fill('objections', mine, o => [...objections.cells(o, now), objections.files(decodeURIComponent(page.tender()), o)]);
            return mine;
          };
          submit('object-form', async () => {
            const text = $('grounds').value.trim(), interest = $('interest').value.trim();
            const chosen = [...$('evidence').files];
            check(['grounds', text.length > 0, data.empty], ['grounds', text.isWellFormed(), data.text], ['interest', interest.isWellFormed(), data.text],
              ['evidence', chosen.length <= 20, data.evidence.tooMany]);
            // Each file is stored first (named by its SHA-256); the objection then names them, so none is filed half-sent.
            const evidence = [];
            for (const [i, file] of chosen.entries()) {
              status(data.evidence.uploading.replace('{i}', i + 1).replace('{n}', chosen.length).replace('{name}', file.name));
              evidence.push((await evaluation.upload('/api/v1/objections/evidence', file)).sha256Hex);
            }
            const raised = await call('POST', after.tenderUrl('/objections'), { text, interestGround: interest || null, evidence });
            $('grounds').value = '';
            $('interest').value = '';
            $('evidence').value = '';
            status(data.raised.replace('{id}', raised.id).replace('{due}', beijing(raised.answerDue)));
            await show();
          });
          start(show);
        })();
        """;
}
