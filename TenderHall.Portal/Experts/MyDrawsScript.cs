namespace TenderHall.Portal.Experts;

/// <summary>The expert's draw notices: from the outbox, each tender's own seat, the declaration, confirm or decline.</summary>
public static class MyDrawsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, guard, button } = page;
          if (!token) return status(data.signIn);
          const beijing = iso => new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ');
          const render = async () => {
            const notices = (await call('GET', '/api/v1/notifications?after=0&take=500')).filter(n => n.type === 'draw.selected');
            const list = $('draws');
            list.replaceChildren();
            const tenders = [...new Set(notices.map(n => n.subject.slice('tender/'.length)))];
            for (const id of tenders) {
              const url = `/api/v1/tenders/${encodeURIComponent(id)}/draw`;
              const [view, declaration] = await Promise.all([call('GET', url), call('GET', url + '/declaration')]);
              for (const seat of view.seats) {
                const item = document.createElement('li');
                item.dataset.tender = id;
                const line = document.createElement('p');
                line.textContent = `${id} · ${seat.seat} · ${data.seatStatuses[seat.status] || seat.status} · ${data.respondBy} ${beijing(seat.respondBy)}`;
                item.append(line);
                if (seat.status === 'Notified') {
                  const text = data.english ? declaration.en : declaration.zh;
                  const quote = document.createElement('blockquote');
                  quote.textContent = text;
                  const sign = document.createElement('input');
                  sign.type = 'checkbox';
                  const label = document.createElement('label');
                  label.append(sign, document.createTextNode(' ' + data.sign));
                  const answer = accept => guard(async () => {
                    await call('POST', url + '/response', accept ? { accept, declaration: text } : { accept });
                    await render();
                  });
                  const confirm = button(data.confirm, () => sign.checked ? answer(true) : status(data.sign));
                  item.append(quote, label, confirm, button(data.decline, () => answer(false)));
                }
                list.append(item);
              }
            }
            $('no-draws').hidden = list.children.length > 0;
          };
          guard(render);
        })();
        """;
}
