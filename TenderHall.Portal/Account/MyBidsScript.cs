namespace TenderHall.Portal.Account;

/// <summary>
/// The script of "My bids": with the tab's token it reads who is signed in, the organisation's notifications and its
/// bids, and fills the page with text nodes only (every value is data, never markup).
/// </summary>
public static class MyBidsScript
{
    /// <summary>The script, after <see cref="BrowserSession.Script"/>.</summary>
    public static string Source { get; } = BrowserSession.Script + Template;

    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('my-data').textContent);
          const $ = id => document.getElementById(id);
          const state = $('my-state');
          const href = path => data.lang ? `${path}?lang=${data.lang}` : path;
          // As the server formats times: Beijing time (UTC+8, no daylight saving), yyyy-MM-dd HH:mm.
          const beijing = iso => iso ? new Date(Date.parse(iso) + 8 * 3600000).toISOString().slice(0, 16).replace('T', ' ') : '';
          const element = (tag, text, className) => {
            const e = document.createElement(tag);
            if (text !== undefined) e.textContent = text;
            if (className) e.className = className;
            return e;
          };
          const link = (path, text) => { const a = element('a', text); a.href = href(path); return a; };
          const signedOut = () => {
            session.clear();
            state.hidden = true;
            $('my-signin').hidden = false;
            $('my-account').hidden = true;
            $('my-content').hidden = true;
            document.body.dataset.my = 'signed-out';
          };
          $('signout').addEventListener('click', signedOut);
          const token = session.token();
          if (!token) return signedOut();
          $('my-account').hidden = false;
          const get = path => session.call('GET', path, undefined, token);
          const notifications = async () => {
            const all = [];
            for (let after = 0; ;) {
              const page = await get(`/api/v1/notifications?after=${after}&take=100`);
              all.push(...page);
              if (page.length < 100) return all;
              after = page[page.length - 1].sequence;
            }
          };
          const showBids = bids => {
            const body = $('bids').tBodies[0];
            for (const bid of bids) {
              const row = body.insertRow();
              const tender = `/tenders/${encodeURIComponent(bid.tenderId)}`;
              row.dataset.tender = bid.tenderId;
              row.insertCell().append(link(tender, bid.title));
              row.insertCell().textContent = beijing(bid.bidDeadline);
              row.insertCell().append(element('span', data.statuses[bid.tenderStatus] || bid.tenderStatus, 'status'));
              row.insertCell().textContent = bid.withdrawn ? data.withdrawn : bid.envelopeSha256 ? data.submitted : data.none;
              const receipt = row.insertCell();
              if (bid.envelopeSha256) receipt.append(element('span', `${bid.envelopeSha256} · #${bid.logIndex}`, 'hash receipt'));
              const actions = row.insertCell();
              actions.append(link(`${tender}/opening`, data.openingHall));
              // The bidder's other tasks on the tender, each its own page.
              for (const task of data.tasks) actions.append(' · ', link(`/my/tenders/${encodeURIComponent(bid.tenderId)}/${task.path}`, task.label));
              // Before the deadline the bid can be sealed, replaced or withdrawn in the browser.
              if (['Announced', 'DocumentsOnSale', 'Tendering'].includes(bid.tenderStatus))
                actions.append(' · ', link(`/my/tenders/${encodeURIComponent(bid.tenderId)}/bid`, data.submitBid));
            }
            $('no-bids').hidden = bids.length > 0;
          };
          const showNotifications = items => {
            const list = $('notifications');
            for (const n of items.reverse()) list.append(element('li', `${beijing(n.at)} ${data.english ? n.textEn : n.textZh}`));
            $('no-notifications').hidden = items.length > 0;
          };
          (async () => {
            try {
              const [me, bids, inbox] = await Promise.all([get('/api/v1/auth/me'), get('/api/v1/bids/mine'), notifications()]);
              $('who').textContent = me.organizationId ? `${me.name || me.userName} (${me.organizationId})` : (me.name || me.userName);
              showBids(bids);
              showNotifications(inbox);
              state.hidden = true;
              $('my-content').hidden = false;
              document.body.dataset.my = 'ready';
            } catch (e) {
              // An expired or revoked token: back to signing in.
              if (e.status === 401) return signedOut();
              state.textContent = e.message;
              document.body.dataset.my = 'failed';
            }
          })();
        })();
        """;
}
