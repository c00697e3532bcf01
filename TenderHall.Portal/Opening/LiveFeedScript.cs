namespace TenderHall.Portal.Opening;

/// <summary>
/// The opening hall's script: a minimal SignalR client (JSON hub protocol over a WebSocket, no library) that watches
/// the tender, lists each event, and re-renders the hall from the server when the session moves.
/// </summary>
public static class LiveFeedScript
{
    /// <summary>The script, for a hub mapped at <paramref name="hubPath"/>.</summary>
    public static string Source(string hubPath) => Template.Replace("__HUB__", hubPath, StringComparison.Ordinal);

    // SignalR's JSON protocol: records end with 0x1E; a handshake first; type 1 invocation, 6 ping, 7 close.
    private const string Template = """
        (() => {
          const RS = '\u001e', hub = '__HUB__';
          const hall = document.getElementById('hall'), feed = document.getElementById('feed'), state = document.getElementById('feed-state');
          const text = JSON.parse(document.getElementById('feed-labels').textContent);
          const tender = hall.dataset.tender;
          let pending = null;
          const refresh = async () => {
            const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
            const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('hall');
            if (fresh) hall.innerHTML = fresh.innerHTML;
          };
          const show = e => {
            const item = document.createElement('li');
            const time = new Date(e.at).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
            const details = ['bidder', 'price', 'outcome', 'custodian', 'supervisor', 'bids'].filter(k => e.data && e.data[k]).map(k => `${k}: ${e.data[k]}`);
            item.textContent = `${time} ${text.labels[e.type] || e.type}${details.length ? ' (' + details.join(', ') + ')' : ''}`;
            item.dataset.type = e.type;
            feed.prepend(item);
          };
          const connect = async () => {
            try {
              const negotiation = await (await fetch(hub + '/negotiate?negotiateVersion=1', { method: 'POST' })).json();
              const url = new URL(hub, location.href);
              url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
              url.searchParams.set('id', negotiation.connectionToken || negotiation.connectionId);
              const socket = new WebSocket(url);
              let ready = false, ping = null;
              socket.onopen = () => socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + RS);
              socket.onmessage = message => {
                for (const frame of message.data.split(RS).filter(f => f.length > 0)) {
                  const record = JSON.parse(frame);
                  if (!ready) {
                    ready = true;
                    socket.send(JSON.stringify({ type: 1, target: 'Watch', arguments: [tender] }) + RS);
                    ping = setInterval(() => socket.send(JSON.stringify({ type: 6 }) + RS), 10000);
                    state.textContent = text.live;
                    document.body.dataset.feed = 'live';
                  } else if (record.type === 1 && record.target === 'opening') {
                    show(record.arguments[0]);
                    clearTimeout(pending);
                    pending = setTimeout(refresh, 150);
                  } else if (record.type === 7) {
                    socket.close();
                  }
                }
              };
              socket.onclose = () => { clearInterval(ping); retry(); };
            } catch {
              retry();
            }
          };
          const retry = () => {
            state.textContent = text.reconnecting;
            document.body.dataset.feed = 'down';
            setTimeout(connect, 3000);
          };
          connect();
        })();
        """;
}
