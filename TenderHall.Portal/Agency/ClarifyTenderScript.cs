namespace TenderHall.Portal.Agency;

/// <summary>
/// Answers document holders' questions (never showing who asked) and amends the documents with one clarification: the
/// platform first says what publishing it now does to the bid deadline (BL 23, 15 days:
/// <c>GET /api/v1/tenders/{id}/clarification-preview</c>), then the agency confirms (<c>POST …/clarifications</c>).
/// </summary>
public static class ClarifyTenderScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + TenderSummaryScript.Source + """
        (() => {
          const { data, $, beijing, element, status, call, create, upload, required, run, form, act, me, fill, restore } = agency;
          const text = data.clarify, units = data.schedule.units;
          const show = async () => {
            const [view, questions] = await Promise.all([tender.load(), call('GET', tender.url('/questions'))]);
            // Only the question, its number and time: the API does not say who asked, and neither does the page (BL 22).
            fill('questions', questions, q => {
              const box = element('input');
              Object.assign(box, { type: 'checkbox', id: `q-${q.number}`, value: q.number, disabled: q.answeredBy != null });
              box.setAttribute('aria-label', text.choose.replace('{n}', q.number));
              return [box, q.number, q.text, beijing(q.askedAt), q.answeredBy ? text.answeredBy.replace('{n}', q.answeredBy) : ''];
            });
            $('no-questions').hidden = questions.length > 0;
            fill('clarifications', view.clarifications, c => [c.number, beijing(c.publishedAt), c.text, c.documentVersion || '', c.movedDeadlineTo ? beijing(c.movedDeadlineTo) : '']);
          };
          const answers = () => [...document.querySelectorAll('#questions tbody input:checked')].map(b => Number(b.value));
          // Step 1: what publishing now would do to the deadline, by the platform's clock and engine.
          form('clarify-form', async () => {
            required(['text']);
            const effect = await call('GET', tender.url('/clarification-preview'));
            const limit = effect.limit;
            $('effect-text').textContent = effect.movedTo
              ? text.moves.replace('{from}', beijing(effect.bidDeadline)).replace('{to}', beijing(effect.movedTo))
              : text.stays.replace('{deadline}', beijing(effect.bidDeadline));
            $('effect-rule').textContent = text.rule.replace('{rule}', limit.rule).replace('{period}', units[limit.unit].replace('{n}', limit.days)).replace('{cutoff}', limit.shown);
            $('effect').hidden = false;
            document.body.dataset.effect = effect.movedTo ? 'moves' : 'stays';
            $('confirm').focus();
          });
          // Step 2: the amended documents are stored first (named by their hash), then the clarification goes out.
          act('confirm', async () => {
            required(['text']);
            const file = $('amendment').files[0];
            const amendment = file ? (await upload('/api/v1/blobs', file, $('upload-progress'))).sha256Hex : null;
            const published = await create(tender.url('/clarifications'), {
              answers: answers(), text: $('text').value.trim(), amendmentSha256: amendment, amendmentNote: amendment ? $('amendment-note').value.trim() : null,
            });
            status(published.movedDeadlineTo
              ? text.publishedMoved.replace('{n}', published.number).replace('{to}', beijing(published.movedDeadlineTo))
              : text.published.replace('{n}', published.number));
            $('effect').hidden = true;
            $('text').value = '';
            $('amendment').value = '';
            $('amendment-note').value = '';
            await show();
          });
          run(async () => { await me(); await show(); restore(); });
        })();
        """;
}
