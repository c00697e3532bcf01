namespace TenderHall.Portal.Hall;

/// <summary>The hall board refreshes itself: it polls the board feed (cached by the platform for every screen) and rewrites its tables as text.</summary>
public static class BoardScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = HallPagesScript.Common + """
        (() => {
          const { $, data, fill } = hall;
          const time = iso => new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(11, 16);
          const name = x => data.english ? x.nameEn : x.nameZh;
          const render = board => {
            $('updated').textContent = time(board.generatedAt);
            fill('calling', board.windows, w => {
              const call = document.createElement('span');
              if (w.calling.length) {
                const code = document.createElement('span');
                code.className = 'call';
                code.textContent = w.calling[0].code;
                call.append(code, ' ' + data.goTo.replace('{n}', w.calling[0].counter || ''));
              } else call.append(data.noCalls);
              return [name(w), call, `${w.waitingRegular} · ${data.fastTrack} ${w.waitingFastTrack}`];
            });
            fill('openings', board.openings, e => [time(e.at), e.title, data.tenders[e.status] || e.status]);
            fill('draws', board.draws, e => [time(e.at), e.title, data.draws[e.status] || e.status]);
            fill('cases', board.departments.flatMap(d => Object.entries(d.byStatus).map(([status, count]) => [d, status, count])),
              ([d, status, count]) => [name(d), data.cases[status] || status, String(count)]);
          };
          const refresh = async () => {
            try { render(await session.call('GET', '/api/v1/hall/board')); document.body.dataset.page = 'ready'; }
            catch { document.body.dataset.page = 'failed'; }
          };
          // Once now (the first render was the server's), then as often as the platform refreshes the feed.
          refresh();
          setInterval(refresh, data.seconds * 1000);
        })();
        """;
}
