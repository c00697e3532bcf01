namespace TenderHall.Portal.Agency;

/// <summary>
/// The objections to the documents with their answer clocks (BLR 22: 3 days, the tender paused meanwhile; GPL 53: 7 working
/// days for a procurement challenge), read by the platform's clock; the agency answers, or first reviews the interest an
/// objector who did not obtain the documents states; the objector's evidence files download with the clerk's token. The objector is
/// never shown (the API leaves it out for the agency, BL 22).
/// </summary>
public static class TenderObjectionsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + TenderSummaryScript.Source + """
        (() => {
          const { data, $, beijing, element, status, call, save, required, run, form, act, me, fill, clock, left } = agency;
          const text = data.objections;
          let chosen = null;
          const state = o => o.answeredAt ? text.answered
            : o.interestGround != null && o.interestAccepted == null ? text.review : text.open;
          const choose = o => {
            chosen = o;
            $('answer-heading').textContent = text.heading.replace('{id}', o.id);
            $('answer-objection').textContent = o.text;
            const review = o.interestGround != null && o.interestAccepted == null;
            $('answer-ground').textContent = o.interestGround ? text.ground.replace('{ground}', o.interestGround) : '';
            $('answer-ground').hidden = !o.interestGround;
            $('review').hidden = !review;
            $('answering').hidden = review;
            $('answer-form').hidden = false;
            (review ? $('note') : $('answer')).focus();
          };
          const show = async () => {
            const [objections, now] = await Promise.all([call('GET', tender.url('/objections')), clock(), tender.load()]);
            fill('objections', objections, o => {
              const due = o.answeredAt ? `${beijing(o.answerDue)} (${text.done} ${beijing(o.answeredAt)})` : `${beijing(o.answerDue)} (${left(o.answerDue, now)})`;
              const cell = element('span');
              cell.append(element('span', state(o), 'status'));
              if (!o.answeredAt) {
                const b = element('button', text.act.replace('{id}', o.id), 'secondary');
                b.type = 'button';
                b.addEventListener('click', () => run(async () => choose(o)));
                cell.append(' ', b);
              } else cell.append(element('br'), element('small', o.answer));
              // The objector's evidence, fetched with the clerk's token (the file is never public).
              const files = element('span', o.evidence.length ? '' : text.none);
              o.evidence.forEach((sha, i) => {
                const b = element('button', text.download.replace('{n}', i + 1), 'secondary');
                b.type = 'button';
                b.addEventListener('click', () => run(() => save(tender.url(`/objections/${encodeURIComponent(o.id)}/evidence/${sha}`), `${o.id}-${sha.slice(0, 12)}`)));
                files.append(b, ' ');
              });
              return [o.id, o.text, beijing(o.raisedAt), due, files, cell];
            });
            $('no-objections').hidden = objections.length > 0;
          };
          const done = async message => {
            status(message.replace('{id}', chosen.id));
            $('answer-form').hidden = true;
            $('answer').value = '';
            $('note').value = '';
            await show();
          };
          form('answer-form', async () => {
            required(['answer']);
            await call('POST', tender.url(`/objections/${encodeURIComponent(chosen.id)}/answer`), { text: $('answer').value.trim() });
            await done(text.answeredStatus);
          });
          const review = accepted => async () => {
            required(['note']);
            await call('POST', tender.url(`/objections/${encodeURIComponent(chosen.id)}/interest`), { accepted, note: $('note').value.trim() });
            await done(accepted ? text.accepted : text.rejected);
          };
          act('accept', review(true));
          act('reject', review(false));
          run(async () => { await me(); await show(); });
        })();
        """;
}
