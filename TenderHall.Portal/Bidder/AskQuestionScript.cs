namespace TenderHall.Portal.Bidder;

/// <summary>
/// Asking about the documents (<c>POST /api/v1/tenders/{id}/questions</c>) and reading the published clarifications, which
/// answer without naming who asked (BL 22-23).
/// </summary>
public static class AskQuestionScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BidderPagesScript.Common + """
        (() => {
          const { data, $, call, status, fill } = page;
          const { due, clock } = after;
          const { beijing } = evaluation;
          const { submit, check, start, tender: load } = bidder;
          const show = async () => {
            const tender = await load();
            $('tender-title').textContent = tender.registration.title;
            $('cutoff').textContent = tender.schedule ? due(tender.schedule.clarificationCutoff, await clock()) : '';
            fill('clarifications', tender.clarifications, c => [c.number, beijing(c.publishedAt), c.questions.join('\n'), c.text, c.movedDeadlineTo ? beijing(c.movedDeadlineTo) : '']);
            $('no-clarifications').hidden = tender.clarifications.length > 0;
          };
          submit('ask-form', async () => {
            const text = $('question').value.trim();
            check(['question', text.length > 0 && text.isWellFormed(), data.empty]);
            const asked = await call('POST', after.tenderUrl('/questions'), { text });
            $('question').value = '';
            status(data.asked.replace('{n}', asked.number));
            await show();
          });
          start(show);
        })();
        """;
}
