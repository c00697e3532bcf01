namespace TenderHall.Portal.Hall;

/// <summary>The window officer's queue desk: today's tickets, call the next (fast-track first), recall, serve, mark absent.</summary>
public static class QueueDeskScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = HallPagesScript.Common + """
        (() => {
          const { $, data, token, call, say, guard, check, button, fill, beijing, form, restore, signedOut } = hall;
          const fields = ['counter'];
          if (!token) return signedOut();
          restore(fields);
          let queue = '';
          const load = async () => {
            const me = await call('GET', '/api/v1/auth/me');
            queue = `/api/v1/hall/windows/${encodeURIComponent(me.organizationId || '-')}`;
            const desk = await call('GET', `${queue}/queue`);
            $('window-id').textContent = desk.windowId;
            $('waiting-fast').textContent = String(desk.waitingFastTrack);
            $('waiting-regular').textContent = String(desk.waitingRegular);
            $('served').textContent = String(desk.served);
            $('no-shows').textContent = String(desk.noShows);
            fill('tickets', desk.tickets, t => {
              const actions = document.createElement('span');
              if (t.status === 'Called') {
                const act = (label, path) => button(`${label} ${t.code}`, () => guard(async () => { await call('POST', `${queue}/tickets/${t.code}/${path}`); await load(); }, fields));
                actions.append(act(data.recall, 'recall'), ' ', act(data.serve, 'service'), ' ', act(data.noShow, 'no-show'));
              }
              return [t.code, data.lanes[t.lane] || t.lane, data.statuses[t.status] || t.status, t.counter || '', beijing(t.takenAt), actions];
            });
            $('desk').hidden = false;
          };
          form('call-form', async () => {
            const counter = $('counter').value.trim();
            check(counter && counter.length <= 20 ? [] : [['counter', data.counterRequired]]);
            const ticket = await call('POST', `${queue}/queue/next`, { counter });
            say(`${data.called}${ticket.code} → ${ticket.counter}`);
            await load();
          }, fields);
          guard(load, fields);
        })();
        """;
}
